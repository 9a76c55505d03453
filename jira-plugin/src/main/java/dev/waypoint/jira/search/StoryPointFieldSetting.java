package dev.waypoint.jira.search;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * The admin's choice of the custom field that holds story points, in SAL's global plugin settings (cluster-wide) under
 * {@value #KEY}: a field id ({@code customfield_10002}, or JQL's {@code cf[10002]}) or a field name. Core has no
 * setting for it ({@code RefreshSettings} does not carry one): only the Jira adapter needs it, to fill
 * {@code IssueFacts#storyPoints()}. Missing, blank or not a String reads as {@value #DEFAULT}, the field Jira Software
 * Data Center creates; when no field of that id or name exists, every issue reads as unestimated, which core reports as
 * a data-quality insight rather than an error.
 */
@Component
public class StoryPointFieldSetting {

    static final String KEY = "dev.waypoint.refresh.storyPointField";
    static final String DEFAULT = "Story Points";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public StoryPointFieldSetting(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    /** The configured field id or name, trimmed, or {@value #DEFAULT}. */
    public String current() {
        Object value = settingsFactory.createGlobalSettings().get(KEY);
        return value instanceof String field && !field.isBlank() ? field.strip() : DEFAULT;
    }

    /** Stores the field id or name; {@code null} or blank restores the default. The admin page validates it before. */
    public void save(String idOrName) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        if (idOrName == null || idOrName.isBlank()) {
            settings.remove(KEY);
        } else {
            settings.put(KEY, idOrName.strip());
        }
    }
}
