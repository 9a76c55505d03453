package dev.waypoint.app.insight;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.OkrPermissions;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.app.kpi.VisibleKpis;
import dev.waypoint.insight.Insight;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.insight.InsightSettingsSource;
import dev.waypoint.insight.InsightSnapshot;
import dev.waypoint.insight.Insights;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the insights of a project, or of the company without one (DESIGN §3 "Insights"): loaded in a fixed number of
 * reads ({@link InsightSnapshotLoader}), computed by core's rules, and only those whose KPIs the viewer may see (a
 * composite: all its children) and whose objectives are of that scope.
 */
public final class InsightsQuery {

    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final VisibleKpis kpis;
    private final InsightSnapshotLoader loader;
    private final InsightSettingsSource settings;

    public InsightsQuery(CurrentUser currentUser, Permissions permissions, VisibleKpis kpis,
            InsightSnapshotLoader loader, InsightSettingsSource settings) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.loader = Objects.requireNonNull(loader, "'loader' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
    }

    /**
     * @param project {@code null}: the company's insights (global KPIs, company and personal objectives)
     * @throws dev.waypoint.access.AccessDeniedException if the viewer may not see that scope
     */
    public List<Insight> list(ProjectKey project) {
        Scope scope = Scope.of(project);
        permissions.requireView(currentUser.key(), scope);
        InsightSettings current = settings.current();
        InsightSnapshot snapshot = loader.load(scope, current);
        Optional<UserKey> viewer = currentUser.key();
        Set<KpiId> visibleKpis = kpis.find(viewer, snapshot.kpis().stream().map(Kpi::id).toList()).keySet();
        Set<ObjectiveId> objectives = snapshot.objectives().stream()
                .filter(o -> OkrPermissions.scopeOf(o).equals(scope)).map(o -> o.id()).collect(Collectors.toSet());
        return Insights.compute(snapshot, current).stream()
                .filter(i -> visibleKpis.containsAll(i.kpis()) && objectives.containsAll(i.objectives()))
                .toList();
    }
}
