package dev.waypoint.preview.wiring;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.app.dashboard.BrowsableProjects;
import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;

/**
 * {@link BrowsableProjects} of the preview's Jira: the sample projects the user may browse by the preview's access
 * facts, as Jira's permission manager lists them.
 */
public final class PreviewBrowsableProjects implements BrowsableProjects {

    private final PreviewDirectory directory;
    private final AccessFacts facts;

    public PreviewBrowsableProjects(PreviewDirectory directory, AccessFacts facts) {
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
        this.facts = Objects.requireNonNull(facts, "'facts' must not be null");
    }

    @Override
    public List<ProjectChoice> browsableBy(UserKey user) {
        return directory.projects().stream()
                .filter(project -> facts.canBrowseProject(user, new ProjectKey(project.key())))
                .map(project -> new ProjectChoice(new ProjectKey(project.key()), project.name()))
                .toList();
    }
}
