package dev.waypoint.preview.basics;

import dev.waypoint.preview.dashboard.DashboardPageModel;
import dev.waypoint.preview.user.PreviewDirectory;
import java.util.List;

/**
 * The view model of {@code templates/preview/home.vm}: per sample project, its Waypoint page and a sample issue; and
 * the dashboard with Waypoint's items, also as a wallboard.
 */
public record HomeModel(List<ProjectLinks> projects, String dashboardUrl, String wallboardUrl) {

    /** Links for one project; names are sample data, shown as they are. */
    public record ProjectLinks(String key, String name, String projectPageUrl, String issueKey, String issueUrl) {
    }

    public HomeModel {
        projects = List.copyOf(projects);
    }

    public static HomeModel of(PreviewDirectory directory) {
        DashboardPageModel dashboard = DashboardPageModel.of(false, false);
        return new HomeModel(directory.projects().stream()
                .map(project -> new ProjectLinks(project.key(), project.name(),
                        "/projects/" + project.key() + "/waypoint",
                        project.key() + "-1", "/browse/" + project.key() + "-1"))
                .toList(), dashboard.dashboardUrl(), dashboard.wallboardUrl());
    }
}
