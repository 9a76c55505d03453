package dev.waypoint.preview.basics;

import dev.waypoint.preview.user.PreviewUser;
import java.util.List;

/** {@code GET /rest/preview/1.0/whoami}: the current preview user and what it may do. */
public record WhoAmIResponse(String key, String username, String displayName, String role, boolean jiraAdmin,
        List<String> browseProjects, List<String> administerProjects) {

    public WhoAmIResponse {
        browseProjects = List.copyOf(browseProjects);
        administerProjects = List.copyOf(administerProjects);
    }

    public static WhoAmIResponse of(PreviewUser user) {
        return new WhoAmIResponse(user.getKey(), user.username(), user.displayName(), user.role().name(),
                user.permissions().jiraAdmin(),
                user.permissions().browseProjects().stream().sorted().toList(),
                user.permissions().administerProjects().stream().sorted().toList());
    }
}
