package dev.waypoint.preview.i18n;

import com.atlassian.jira.util.I18nHelper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's i18n bundle ({@value #APP_BUNDLE}, from waypoint-jira) plus the preview's own keys
 * ({@value #PREVIEW_BUNDLE}, all {@code waypoint.preview.*}), as Jira's {@link I18nHelper} and as {@code $i18n} in
 * templates. Texts are {@link MessageFormat} patterns, formatted on every call as Jira does ({@code ''} is an
 * apostrophe).
 *
 * <p>A missing key gives the key itself, as in Jira ({@link MissingKeys#SHOW_KEY}); tests use
 * {@link MissingKeys#FAIL} so that a typo in a template or class fails the build.
 */
public final class PreviewI18n implements I18nHelper {

    public static final String APP_BUNDLE = "i18n/waypoint.properties";
    public static final String PREVIEW_BUNDLE = "i18n/waypoint-preview.properties";
    public static final String PREVIEW_PREFIX = "waypoint.preview.";

    private static final Logger LOG = LoggerFactory.getLogger(PreviewI18n.class);

    /** What {@code getText} does with a key that no bundle has. */
    public enum MissingKeys { SHOW_KEY, FAIL }

    private final Map<String, String> texts;
    private final MissingKeys missingKeys;

    public PreviewI18n(Map<String, String> texts, MissingKeys missingKeys) {
        this.texts = Map.copyOf(texts);
        this.missingKeys = Objects.requireNonNull(missingKeys, "'missingKeys' must not be null");
    }

    /** Both bundles from {@code loader}; a preview key outside {@code waypoint.preview.*} or in both is an error. */
    public static PreviewI18n load(ClassLoader loader, MissingKeys missingKeys) {
        Map<String, String> app = read(loader, APP_BUNDLE);
        Map<String, String> preview = read(loader, PREVIEW_BUNDLE);
        Map<String, String> all = new LinkedHashMap<>(app);
        preview.forEach((key, text) -> {
            if (!key.startsWith(PREVIEW_PREFIX) || app.containsKey(key)) {
                throw new IllegalStateException(PREVIEW_BUNDLE + ": key '" + key + "' must start with "
                        + PREVIEW_PREFIX + " and must not be in " + APP_BUNDLE);
            }
            all.put(key, text);
        });
        return new PreviewI18n(all, missingKeys);
    }

    /** The keys and raw patterns of one bundle, as Jira reads it (ISO-8859-1 with backslash-u escapes). */
    public static Map<String, String> read(ClassLoader loader, String bundle) {
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(bundle)) {
            if (in == null) {
                throw new IllegalStateException("i18n bundle " + bundle + " is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> texts = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }

    public boolean isKeyDefined(String key) {
        return texts.containsKey(key);
    }

    /** Every key with its raw pattern (for the JS i18n transformer and tests). */
    public Map<String, String> texts() {
        return texts;
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    @Override
    public String getUnescapedText(String key) {
        return pattern(key);
    }

    @Override
    public String getText(String key) {
        return format(key, new Object[0]);
    }

    @Override
    public String getText(String key, String value1) {
        return format(key, new Object[] {value1});
    }

    @Override
    public String getText(String key, String value1, String value2) {
        return format(key, new Object[] {value1, value2});
    }

    /** Jira's form: {@code parameters} is an array, a collection or one value. */
    @Override
    public String getText(String key, Object parameters) {
        if (parameters instanceof Object[] array) {
            return format(key, array);
        }
        if (parameters instanceof Collection<?> collection) {
            return format(key, collection.toArray());
        }
        return format(key, new Object[] {parameters});
    }

    /** Three or more arguments, e.g. {@code $i18n.getText("key", $a, $b, $c)} in a template. */
    public String getText(String key, Object... arguments) {
        return format(key, arguments);
    }

    private String format(String key, Object[] arguments) {
        String pattern = pattern(key);
        return texts.containsKey(key) ? new MessageFormat(pattern, getLocale()).format(arguments) : pattern;
    }

    private String pattern(String key) {
        String pattern = texts.get(key);
        if (pattern != null) {
            return pattern;
        }
        if (missingKeys == MissingKeys.FAIL) {
            throw new IllegalArgumentException("i18n key '" + key + "' is in no bundle");
        }
        LOG.warn("i18n key '{}' is in no bundle", key);
        return key;
    }
}
