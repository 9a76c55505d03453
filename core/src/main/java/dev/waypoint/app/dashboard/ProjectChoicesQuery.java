package dev.waypoint.app.dashboard;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.shared.UserKey;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * The projects a viewer may choose in a dashboard item's settings (a project's OKRs, a project's KPIs): exactly the
 * projects whose items the viewer may see (DESIGN §5: Browse Projects), by name. Never raw keys typed by hand.
 */
public final class ProjectChoicesQuery {

    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final BrowsableProjects projects;

    public ProjectChoicesQuery(CurrentUser currentUser, Permissions permissions, BrowsableProjects projects) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.projects = Objects.requireNonNull(projects, "'projects' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException nobody logged in (401) or no licence (403)
     */
    public ProjectChoices list() {
        UserKey viewer = permissions.requireLicensed(currentUser.key());
        return new ProjectChoices(projects.browsableBy(viewer).stream()
                .distinct()
                .sorted(Comparator.comparing((ProjectChoice p) -> p.name().toLowerCase(Locale.ROOT))
                        .thenComparing(p -> p.key().value()))
                .toList());
    }
}
