package dev.waypoint.jira.rest.dashboard;

import dev.waypoint.app.dashboard.ProjectChoices;
import java.util.List;

/** The projects the caller may pick in a dashboard item's settings, by name. */
public record ProjectChoicesResponse(List<Project> projects) {

    public record Project(String key, String name) {
    }

    static ProjectChoicesResponse of(ProjectChoices choices) {
        return new ProjectChoicesResponse(choices.projects().stream()
                .map(p -> new Project(p.key().value(), p.name())).toList());
    }
}
