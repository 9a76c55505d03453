package dev.waypoint.preview.basics;

import dev.waypoint.preview.user.PreviewDirectory;
import java.util.List;

/** The view model of {@code templates/preview/home.vm}: per sample project, its Waypoint page and a sample issue. */
public record HomeModel(List<ProjectLinks> projects) {

    /** Links for one project; names are sample data, shown as they are. */
    public record ProjectLinks(String key, String name, String projectPageUrl, String issueKey, String issueUrl) {
    }

    public HomeModel {
        projects = List.copyOf(projects);
    }

    public static HomeModel of(PreviewDirectory directory) {
        return new HomeModel(directory.projects().stream()
                .map(project -> new ProjectLinks(project.key(), project.name(),
                        "/projects/" + project.key() + "/waypoint",
                        project.key() + "-1", "/browse/" + project.key() + "-1"))
                .toList());
    }
}
