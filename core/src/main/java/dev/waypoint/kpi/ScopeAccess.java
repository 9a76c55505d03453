package dev.waypoint.kpi;

import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Optional;

/**
 * Who may see what (DESIGN §5), as far as KPIs need it. Implemented in the jira-plugin with Jira's permissions.
 */
public interface ScopeAccess {

    /**
     * Whether {@code viewer} may see items of {@code scope}: with a project, Browse Projects on it; without one
     * (global items), whether the viewer is a licensed user allowed to see company items.
     */
    boolean canView(UserKey viewer, Optional<ProjectKey> scope);

    /** Whether {@code user} is a Jira administrator or in the group allowed to manage company OKRs and KPIs. */
    boolean isAdministrator(UserKey user);
}
