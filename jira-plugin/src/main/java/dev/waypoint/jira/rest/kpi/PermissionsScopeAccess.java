package dev.waypoint.jira.rest.kpi;

import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.kpi.ScopeAccess;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Core's {@link ScopeAccess} port answered by the one access policy, {@link Permissions}: a KPI's scope is its project
 * ({@link Scope#project}) or, without one, the company ({@link Scope#COMPANY}); an administrator in the sense of the
 * port is a company manager (a Jira administrator or a member of the company group). The REST resources check the
 * stricter rules of {@link Permissions} (e.g. {@link Permissions#canChangeKpiJql}: owner or Jira administrator) before
 * they call core.
 */
@Component
public class PermissionsScopeAccess implements ScopeAccess {

    private final Permissions permissions;

    @Inject
    public PermissionsScopeAccess(Permissions permissions) {
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    @Override
    public boolean canView(UserKey viewer, Optional<ProjectKey> scope) {
        return permissions.canView(Optional.of(viewer), Scope.of(scope.orElse(null)));
    }

    @Override
    public boolean isAdministrator(UserKey user) {
        return permissions.canManageCompany(Optional.of(user));
    }
}
