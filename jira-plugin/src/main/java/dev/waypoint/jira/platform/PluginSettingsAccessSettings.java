package dev.waypoint.jira.platform;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.waypoint.access.AccessSettings;
import dev.waypoint.access.AccessSettingsSource;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The admin's {@link AccessSettings} in SAL's global plugin settings (cluster-wide, cached by Jira). Keys:
 * {@value #COMPANY_GROUP} (a String) and {@value #COMPANY_VIEWER_GROUPS} (a List of Strings). A missing, blank or
 * malformed value reads as the default, so a damaged setting never locks everybody out or lets everybody in beyond the
 * defaults (Jira admins and every licensed user for company items).
 */
@Component
public class PluginSettingsAccessSettings implements AccessSettingsSource {

    static final String COMPANY_GROUP = "dev.waypoint.access.companyGroup";
    static final String COMPANY_VIEWER_GROUPS = "dev.waypoint.access.companyViewerGroups";

    private final PluginSettingsFactory settingsFactory;

    @Inject
    public PluginSettingsAccessSettings(PluginSettingsFactory settingsFactory) {
        this.settingsFactory = settingsFactory;
    }

    @Override
    public AccessSettings current() {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        Optional<String> companyGroup = settings.get(COMPANY_GROUP) instanceof String group && !group.isBlank()
                ? Optional.of(group)
                : Optional.empty();
        Set<String> viewerGroups = new LinkedHashSet<>();
        if (settings.get(COMPANY_VIEWER_GROUPS) instanceof List<?> groups) {
            for (Object group : groups) {
                if (group instanceof String name && !name.isBlank()) {
                    viewerGroups.add(name);
                }
            }
        }
        return new AccessSettings(companyGroup, viewerGroups);
    }

    /** Stores {@code access}; the admin page's service validates it (e.g. that the groups exist) before. */
    public void save(AccessSettings access) {
        PluginSettings settings = settingsFactory.createGlobalSettings();
        if (access.companyGroup().isPresent()) {
            settings.put(COMPANY_GROUP, access.companyGroup().get());
        } else {
            settings.remove(COMPANY_GROUP);
        }
        if (access.companyViewerGroups().isEmpty()) {
            settings.remove(COMPANY_VIEWER_GROUPS);
        } else {
            List<String> sorted = access.companyViewerGroups().stream().sorted().toList();
            settings.put(COMPANY_VIEWER_GROUPS, new ArrayList<>(sorted));
        }
    }
}
