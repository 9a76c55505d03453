package dev.waypoint.kpi.fake;

import dev.waypoint.kpi.ScopeAccess;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scripted {@link ScopeAccess}: global items are visible to everyone; a project's items only to the users allowed
 * to browse it. {@link KpiTestData#ADMIN} is an administrator.
 */
public final class FakeScopeAccess implements ScopeAccess {

    private final Map<ProjectKey, Set<UserKey>> browsers = new HashMap<>();
    private final Set<UserKey> administrators = new HashSet<>(Set.of(KpiTestData.ADMIN));

    public FakeScopeAccess allowBrowse(ProjectKey project, UserKey... users) {
        browsers.computeIfAbsent(project, p -> new HashSet<>()).addAll(Set.of(users));
        return this;
    }

    @Override
    public boolean canView(UserKey viewer, Optional<ProjectKey> scope) {
        return scope.map(p -> browsers.getOrDefault(p, Set.of()).contains(viewer)).orElse(true);
    }

    @Override
    public boolean isAdministrator(UserKey user) {
        return administrators.contains(user);
    }
}
