package dev.waypoint.preview.data;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The preview's stand-in for SAL's plugin settings: global settings in the database ({@link PreviewSetting}), which
 * every node of a preview cluster shares, as Jira keeps plugin settings in its database for all nodes. Nothing is kept
 * in node memory beyond one request: {@link #createGlobalSettings()} reads every setting in one SELECT, and each
 * {@code put} or {@code remove} writes through at once, so what one node saves the next read on any node sees.
 * Values are Strings or Lists of Strings (what the app stores); settings for a key are not supported.
 */
public final class DatabasePluginSettings implements PluginSettingsFactory {

    private static final String STRING = "S";
    private static final String LIST = "L";

    private final ActiveObjects ao;

    public DatabasePluginSettings(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public PluginSettings createSettingsForKey(String key) {
        if (key == null) {
            return createGlobalSettings();
        }
        throw new UnsupportedOperationException("the preview keeps global plugin settings only");
    }

    @Override
    public PluginSettings createGlobalSettings() {
        Map<String, Object> read = new HashMap<>();
        for (PreviewSetting row : ao.find(PreviewSetting.class)) {
            read.put(row.getSettingKey(), decode(row.getKind(), row.getSettingValue()));
        }
        return new Snapshot(read);
    }

    private static Object decode(String kind, String value) {
        String text = value == null ? "" : value;
        return LIST.equals(kind) ? new ArrayList<>(text.isEmpty() ? List.of() : Arrays.asList(text.split("\n")))
                : text;
    }

    /** The settings as read at its creation, with this caller's own writes (written through to the database). */
    private final class Snapshot implements PluginSettings {

        private final Map<String, Object> values;

        Snapshot(Map<String, Object> values) {
            this.values = values;
        }

        @Override
        public Object get(String key) {
            return values.get(key);
        }

        @Override
        public Object put(String key, Object value) {
            Objects.requireNonNull(key, "'key' must not be null");
            if (value == null) {
                return remove(key);
            }
            String kind;
            String text;
            if (value instanceof String string) {
                kind = STRING;
                text = string;
            } else if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                kind = LIST;
                text = String.join("\n", list.stream().map(String.class::cast).toList());
            } else {
                throw new IllegalArgumentException("the preview stores Strings and Lists of Strings, not " + value);
            }
            ao.executeInTransaction(() -> {
                ao.deleteWithSQL(PreviewSetting.class, "SETTING_KEY = ?", key);
                ao.create(PreviewSetting.class, Map.of("SETTING_KEY", key, "KIND", kind, "SETTING_VALUE", text));
                return null;
            });
            return values.put(key, decode(kind, text));
        }

        @Override
        public Object remove(String key) {
            Objects.requireNonNull(key, "'key' must not be null");
            ao.executeInTransaction(() -> ao.deleteWithSQL(PreviewSetting.class, "SETTING_KEY = ?", key));
            return values.remove(key);
        }
    }
}
