package dev.waypoint.app.dashboard;

import java.util.List;

/** The read model of the project picker: the projects the viewer may see, by name. */
public record ProjectChoices(List<ProjectChoice> projects) {

    public ProjectChoices {
        projects = List.copyOf(projects);
    }
}
