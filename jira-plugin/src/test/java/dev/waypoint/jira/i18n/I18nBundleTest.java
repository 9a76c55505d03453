package dev.waypoint.jira.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.waypoint.shared.MessageCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The i18n bundle (code-style §3 rule 19): it loads, it is plain ASCII (Jira reads .properties as ISO-8859-1), and it
 * has every message key that core can raise, with the same English text. Core's keys are found by reflection: every
 * static {@link MessageCatalog} field of a class under {@code dev.waypoint}, so a new catalog is covered without
 * touching this test.
 */
class I18nBundleTest {

    static final String BUNDLE = "i18n/waypoint.properties";

    static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundleTest.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            assertThat(in).as(BUNDLE).isNotNull();
            properties.load(in);
        }
        return properties;
    }

    static Map<String, String> coreMessages() {
        Map<String, String> messages = new LinkedHashMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.waypoint")) {
            for (Field field : type.reflect().getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == MessageCatalog.class) {
                    field.setAccessible(true);
                    try {
                        messages.putAll(((MessageCatalog) field.get(null)).patterns());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return messages;
    }

    @Test
    void givenBundle_reading_isAsciiOnly() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUNDLE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(text.chars().filter(c -> c > 127 || (c < 32 && c != '\n' && c != '\r' && c != '\t')))
                    .as("non-ASCII or control characters in %s (use \\uXXXX escapes)", BUNDLE).isEmpty();
        }
    }

    @Test
    void givenCoreCatalogs_lookingUpEachKey_bundleHasItWithTheSameEnglishText() throws IOException {
        Properties bundle = bundle();
        Map<String, String> missingOrDifferent = new TreeMap<>();
        coreMessages().forEach((key, pattern) -> {
            if (!pattern.equals(bundle.getProperty(key))) {
                missingOrDifferent.put(key, pattern);
            }
        });

        List<String> lines = new ArrayList<>();
        missingOrDifferent.forEach((key, pattern) -> lines.add(key + "=" + pattern));
        assertThat(lines).as("bundle lines to add or correct in %s", BUNDLE).isEmpty();
    }

    /**
     * The dashboard items' texts: what the "Add gadget" directory shows of each item (its name, title and
     * description) and every text their scripts use are in the bundle, and every {@code waypoint.dashboard.*} key is
     * used by the descriptor, a script or core (no stale text).
     */
    @Test
    void givenTheDashboardItems_theirTexts_areInTheBundleAndEachOfTheirKeysIsUsed() throws Exception {
        Properties bundle = bundle();
        Set<String> used = new TreeSet<>();
        String descriptor = resource("atlassian-plugin.xml");
        Matcher descriptorKey = Pattern.compile("key=\"(waypoint\\.dashboard\\.[\\w.]+)\"").matcher(descriptor);
        while (descriptorKey.find()) {
            used.add(descriptorKey.group(1));
        }
        // the agent table is drawn by the script the dashboard item shares with the KPI pages (common/kpi-view.js)
        for (String script : List.of("dashboard/item.js", "dashboard/okr-progress.js", "dashboard/kpi-scorecard.js",
                "dashboard/kpi-trend.js", "dashboard/agent-workload.js", "common/kpi-view.js")) {
            Matcher scriptKey = Pattern.compile("getText\\(\\s*'(waypoint\\.[\\w.]+)'").matcher(resource("js/"
                    + script));
            while (scriptKey.find()) {
                used.add(scriptKey.group(1));
            }
        }
        coreMessages().keySet().stream().filter(key -> key.startsWith("waypoint.dashboard.")).forEach(used::add);
        Set<String> defined = new TreeSet<>(bundle.stringPropertyNames());
        defined.removeIf(key -> !key.startsWith("waypoint.dashboard."));

        assertThat(used).as("the items' names, titles and descriptions").contains("waypoint.dashboard.okr.title",
                "waypoint.dashboard.okr.description", "waypoint.dashboard.workload.name");
        assertThat(bundle.stringPropertyNames()).containsAll(used);
        assertThat(used).as("waypoint.dashboard.* keys used somewhere").containsAll(defined);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = I18nBundleTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void givenBundle_everyKey_isNamespaced() throws IOException {
        assertThat(bundle().stringPropertyNames()).allMatch(key -> key.startsWith("waypoint."));
    }
}
