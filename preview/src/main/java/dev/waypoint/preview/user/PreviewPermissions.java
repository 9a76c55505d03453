package dev.waypoint.preview.user;

import java.util.Set;

/**
 * What a preview user may do in Jira's terms, for the later Jira-permission seams (PermissionManager,
 * GlobalPermissionManager): Jira administrator, Browse Projects and Administer Projects per project key.
 */
public record PreviewPermissions(boolean jiraAdmin, Set<String> browseProjects, Set<String> administerProjects) {

    public PreviewPermissions {
        browseProjects = Set.copyOf(browseProjects);
        administerProjects = Set.copyOf(administerProjects);
        if (!browseProjects.containsAll(administerProjects)) {
            throw new IllegalArgumentException("a project administrator must also browse the project");
        }
    }

    public boolean mayBrowse(String projectKey) {
        return browseProjects.contains(projectKey);
    }

    public boolean mayAdminister(String projectKey) {
        return administerProjects.contains(projectKey);
    }
}
