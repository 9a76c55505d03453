package dev.waypoint.preview.pages;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Objects;

/** A sample project as Jira's {@link Project}, for the project page's context provider. */
record PreviewProject(Long id, String key, String name) implements Project {

    PreviewProject {
        Objects.requireNonNull(key, "'key' must not be null");
        Objects.requireNonNull(name, "'name' must not be null");
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return "";
    }

    @Override
    public ApplicationUser getProjectLead() {
        return null;
    }

    @Override
    public String getLeadUserKey() {
        return null;
    }
}
