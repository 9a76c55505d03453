package dev.waypoint.jira.rest.kpi;

import dev.waypoint.alignment.KpiAlignmentService;
import dev.waypoint.app.dashboard.AgentWorkloadQuery;
import dev.waypoint.app.dashboard.ProjectChoicesQuery;
import dev.waypoint.jira.rest.admin.AdminSettingsResource;
import dev.waypoint.jira.rest.alignment.AlignmentResource;
import dev.waypoint.jira.rest.dashboard.AlignedCycleMarkers;
import dev.waypoint.jira.rest.dashboard.DashboardResource;
import dev.waypoint.jira.rest.dashboard.OkrProgressReader;
import dev.waypoint.jira.rest.dashboard.ProjectChoicesResource;
import dev.waypoint.jira.rest.insight.InsightResource;
import dev.waypoint.jira.rest.insight.InsightSnapshotLoader;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.jira.settings.StoredRefreshSettings;
import dev.waypoint.jira.settings.StoredScoringSettings;
import dev.waypoint.kpi.KpiDeletion;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiValidator;
import dev.waypoint.kpi.KpiValueService;
import dev.waypoint.kpi.ScopeAccess;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.refresh.KpiEvaluator;
import dev.waypoint.refresh.KpiRefresher;
import dev.waypoint.refresh.RefreshNow;
import java.util.List;

/**
 * Builds every resource of the KPI half of the REST API from its {@link KpiRestDependencies}: core's services wired
 * on the given storage and ports, and one instance of every resource (plain classes; they hold no request state), as
 * Spring wires them in Jira. The preview and the tests use it.
 *
 * <table>
 *   <caption>the resources</caption>
 *   <tr><td>{@link KpiResource}</td><td>{@code /kpis}, {@code /kpis/{id}}, {@code /kpis/{id}/children}</td></tr>
 *   <tr><td>{@link KpiJqlResource}</td><td>{@code /kpis/validate-jql}</td></tr>
 *   <tr><td>{@link KpiValueResource}</td><td>{@code /kpis/{id}/values}, {@code /kpis/{id}/values/{date}}</td></tr>
 *   <tr><td>{@link KpiRefreshResource}</td><td>{@code /kpis/{id}/refresh}</td></tr>
 *   <tr><td>{@link KpiValuesCsvResource}</td><td>{@code /kpis/{id}/values.csv}</td></tr>
 *   <tr><td>{@link AlignmentResource}</td><td>{@code /alignments}</td></tr>
 *   <tr><td>{@link InsightResource}</td><td>{@code /insights}</td></tr>
 *   <tr><td>{@link AdminSettingsResource}</td><td>{@code /admin/settings}</td></tr>
 *   <tr><td>{@link DashboardResource}</td><td>{@code /dashboard/...}</td></tr>
 *   <tr><td>{@link ProjectChoicesResource}</td><td>{@code /projects}</td></tr>
 * </table>
 */
public final class KpiRestResources {

    private KpiRestResources() {
    }

    /** One instance of every KPI resource, in the order of the table above. */
    public static List<Object> create(KpiRestDependencies deps) {
        KpiStorage k = deps.kpiStorage();
        OkrStorage okr = deps.okrStorage();
        ScopeAccess access = new PermissionsScopeAccess(deps.permissions());
        KpiReadService reads = new KpiReadService(k.kpis(), k.values(), access, deps.clock());
        KpiGuard guard = new KpiGuard(deps.currentUser(), deps.permissions(), reads, deps.clock());
        OkrGuard okrGuard = new OkrGuard(deps.currentUser(), deps.permissions(), okr.objectives(), okr.keyResults());
        KpiViews views = new KpiViews(deps.translator());
        KpiService kpis = new KpiService(k.kpis(), new KpiValidator(k.kpis(), deps.search(), deps.users(), access),
                k.targetChanges(), deps.transactions(), deps.clock());
        KpiDeletion deletion = new KpiDeletion(k.kpis(), k.values(), k.alignments(), k.targetChanges(),
                deps.transactions());
        KpiAlignmentService alignments = new KpiAlignmentService(k.kpis(), okr.objectives(), k.alignments());
        StoredScoringSettings scoring = new StoredScoringSettings(deps.settings());
        OkrReadService okrReads = new OkrReadService(okr.cycles(), okr.reads(), scoring, deps.clock());
        return List.of(
                new KpiResource(guard, reads, kpis, deletion, views, deps.settings()),
                new KpiJqlResource(guard, deps.search()),
                new KpiValueResource(guard, reads, new KpiValueService(k.kpis(), k.values(), deps.clock()), views),
                new KpiRefreshResource(guard, new RefreshNow(new KpiRefresher(k.kpis(), k.values(),
                        new KpiEvaluator(deps.search(), deps.users())), new StoredRefreshSettings(deps.settings()),
                        deps.clock()), views),
                new KpiValuesCsvResource(guard, reads, views),
                new AlignmentResource(guard, okrGuard, alignments, reads, okr.objectives()),
                new InsightResource(guard, new InsightSnapshotLoader(k, okr, deps.clock()), deps.settings(),
                        deps.translator()),
                new AdminSettingsResource(guard, deps.settings(), deps.users(), deps.customFields()),
                new DashboardResource(guard, reads,
                        new OkrProgressReader(okrGuard, okr, okrReads, scoring, deps.clock()),
                        new AlignedCycleMarkers(alignments, okr, okrGuard), views,
                        new AgentWorkloadQuery(deps.currentUser(), deps.permissions(), reads, deps.agents())),
                new ProjectChoicesResource(new ProjectChoicesQuery(deps.currentUser(), deps.permissions(),
                        deps.projects())));
    }
}
