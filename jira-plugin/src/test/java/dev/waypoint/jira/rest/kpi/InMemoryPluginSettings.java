package dev.waypoint.jira.rest.kpi;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.Map;
import java.util.TreeMap;

/** SAL's global plugin settings in a map, as Jira keeps them: what the settings adapters read and write in tests. */
public final class InMemoryPluginSettings implements PluginSettingsFactory, PluginSettings {

    private final Map<String, Object> values = new TreeMap<>();

    @Override
    public PluginSettings createSettingsForKey(String key) {
        return this;
    }

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public synchronized Object get(String key) {
        return values.get(key);
    }

    @Override
    public synchronized Object put(String key, Object value) {
        return values.put(key, value);
    }

    @Override
    public synchronized Object remove(String key) {
        return values.remove(key);
    }

    /** A copy of every stored value, by key. */
    public synchronized Map<String, Object> snapshot() {
        return Map.copyOf(values);
    }

    public synchronized void clear() {
        values.clear();
    }
}
