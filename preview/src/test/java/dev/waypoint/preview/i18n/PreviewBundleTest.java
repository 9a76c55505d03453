package dev.waypoint.preview.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The preview's bundle (code-style rule 19): plain ASCII, only {@code waypoint.preview.*} keys, none also in the
 * app's bundle, every key used in the preview's Java, templates and JS exists, and every key is used.
 */
class PreviewBundleTest {

    static final Pattern PREVIEW_KEY = Pattern.compile(
            "\"(waypoint\\.preview\\.[A-Za-z0-9.]+)\"|'(waypoint\\.preview\\.[A-Za-z0-9.]+)'");
    static final ClassLoader LOADER = PreviewBundleTest.class.getClassLoader();

    @Test
    void givenBundle_reading_isAsciiOnly() throws IOException {
        try (InputStream in = LOADER.getResourceAsStream(PreviewI18n.PREVIEW_BUNDLE)) {
            byte[] bytes = in.readAllBytes();
            for (byte each : bytes) {
                assertThat(each).as("ASCII only").isBetween((byte) 0, (byte) 127);
            }
        }
    }

    @Test
    void givenBothBundles_load_keepsPreviewKeysApart() {
        Map<String, String> preview = PreviewI18n.read(LOADER, PreviewI18n.PREVIEW_BUNDLE);
        Map<String, String> app = PreviewI18n.read(LOADER, PreviewI18n.APP_BUNDLE);

        assertThat(preview.keySet()).allMatch(key -> key.startsWith(PreviewI18n.PREVIEW_PREFIX));
        assertThat(preview.keySet()).doesNotContainAnyElementsOf(app.keySet());
        assertThat(PreviewI18n.load(LOADER, PreviewI18n.MissingKeys.FAIL).texts()).containsAllEntriesOf(app);
    }

    @Test
    void givenSources_everyUsedKeyExistsAndEveryKeyIsUsed() throws IOException {
        Set<String> used = usedKeys(Path.of("src/main"));
        Set<String> defined = PreviewI18n.read(LOADER, PreviewI18n.PREVIEW_BUNDLE).keySet();

        assertThat(defined).containsAll(used);
        assertThat(used).containsAll(defined);
    }

    private static Set<String> usedKeys(Path root) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(PreviewBundleTest::isSource).toList()) {
                Matcher matcher = PREVIEW_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        return keys;
    }

    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".vm") || name.endsWith(".js");
    }
}
