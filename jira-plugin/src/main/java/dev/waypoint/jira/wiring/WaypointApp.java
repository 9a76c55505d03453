package dev.waypoint.jira.wiring;

import dev.waypoint.access.KpiPermissions;
import dev.waypoint.access.OkrPermissions;
import dev.waypoint.access.Permissions;
import dev.waypoint.app.MeQuery;
import dev.waypoint.app.admin.AdminAccess;
import dev.waypoint.app.admin.AdminSettingsQuery;
import dev.waypoint.app.admin.ChangingAdminSettings;
import dev.waypoint.app.alignment.AlignedKpisQuery;
import dev.waypoint.app.alignment.AlignedObjectivesQuery;
import dev.waypoint.app.alignment.KpiAlignmentsQuery;
import dev.waypoint.app.alignment.AligningToKpi;
import dev.waypoint.app.alignment.MarkedTrendQuery;
import dev.waypoint.app.alignment.RemovingAlignment;
import dev.waypoint.app.company.CompanyChildrenQuery;
import dev.waypoint.app.company.CompanyKpiTreeQuery;
import dev.waypoint.app.company.CompanyPageQuery;
import dev.waypoint.app.company.CompanyReading;
import dev.waypoint.app.company.CompanySearchQuery;
import dev.waypoint.app.cycle.ChangingCycle;
import dev.waypoint.app.cycle.ClosePreviewQuery;
import dev.waypoint.app.cycle.ClosingCycle;
import dev.waypoint.app.cycle.CreatingCycle;
import dev.waypoint.app.cycle.CreatingQuarters;
import dev.waypoint.app.cycle.CycleAccess;
import dev.waypoint.app.cycle.CycleListQuery;
import dev.waypoint.app.cycle.CycleService;
import dev.waypoint.app.cycle.CyclesQuery;
import dev.waypoint.app.cycle.DeletingCycle;
import dev.waypoint.app.dashboard.AgentWorkloadQuery;
import dev.waypoint.app.dashboard.ProjectChoicesQuery;
import dev.waypoint.app.insight.InsightSnapshotLoader;
import dev.waypoint.app.insight.InsightsQuery;
import dev.waypoint.app.kpi.ChangingKpi;
import dev.waypoint.app.kpi.CreatingKpi;
import dev.waypoint.app.kpi.DeletingKpi;
import dev.waypoint.app.kpi.DeletingKpiValue;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.kpi.KpiDeletion;
import dev.waypoint.app.kpi.KpiDetailQuery;
import dev.waypoint.app.kpi.KpiDirectoryQuery;
import dev.waypoint.app.kpi.KpiScorecardQuery;
import dev.waypoint.app.kpi.KpiTrendQuery;
import dev.waypoint.app.kpi.KpiValuesQuery;
import dev.waypoint.app.kpi.RecordingKpiValue;
import dev.waypoint.app.kpi.RefreshingKpi;
import dev.waypoint.app.kpi.ValidatingKpiJql;
import dev.waypoint.app.kpi.VisibleKpis;
import dev.waypoint.app.okr.AddingKeyResult;
import dev.waypoint.app.okr.ChangingKeyResult;
import dev.waypoint.app.okr.ChangingObjective;
import dev.waypoint.app.okr.CheckInsQuery;
import dev.waypoint.app.okr.CheckingIn;
import dev.waypoint.app.okr.CorrectingCheckIn;
import dev.waypoint.app.okr.CreatingObjective;
import dev.waypoint.app.okr.DeletingCheckIn;
import dev.waypoint.app.okr.DeletingKeyResult;
import dev.waypoint.app.okr.DeletingObjective;
import dev.waypoint.app.okr.Disclosure;
import dev.waypoint.app.okr.IssueSelectionQuery;
import dev.waypoint.app.okr.KeyResultQuery;
import dev.waypoint.app.okr.KeyResultViews;
import dev.waypoint.app.okr.KpiReferences;
import dev.waypoint.app.okr.LinkedIssuesQuery;
import dev.waypoint.app.okr.LinkingIssue;
import dev.waypoint.app.okr.LinkingIssues;
import dev.waypoint.app.okr.ObjectivesQuery;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.app.okr.OkrRemoval;
import dev.waypoint.app.okr.RefreshingKeyResult;
import dev.waypoint.app.okr.UnlinkingIssue;
import dev.waypoint.app.page.KpiListQuery;
import dev.waypoint.app.page.KpiPageQuery;
import dev.waypoint.app.progress.CompanyObjectiveProgress;
import dev.waypoint.app.progress.IssuePanelQuery;
import dev.waypoint.app.progress.ObjectiveTreeQuery;
import dev.waypoint.app.progress.OkrExportQuery;
import dev.waypoint.app.progress.OkrProgressQuery;
import dev.waypoint.app.progress.ProjectPageQuery;
import dev.waypoint.app.progress.ViewerVisibility;
import dev.waypoint.checkin.CheckInService;
import dev.waypoint.closing.CarryOverWriter;
import dev.waypoint.closing.CycleClosingService;
import dev.waypoint.closing.CycleGrading;
import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.jira.rest.admin.AdminSettingsResource;
import dev.waypoint.jira.rest.admin.CycleManagementResource;
import dev.waypoint.jira.rest.alignment.AlignmentResource;
import dev.waypoint.jira.rest.checkin.CheckInResource;
import dev.waypoint.jira.rest.company.CompanyResource;
import dev.waypoint.jira.rest.cycle.CycleCloseResource;
import dev.waypoint.jira.rest.cycle.CycleResource;
import dev.waypoint.jira.rest.dashboard.DashboardResource;
import dev.waypoint.jira.rest.dashboard.OkrProgressReader;
import dev.waypoint.jira.rest.dashboard.ProjectChoicesResource;
import dev.waypoint.jira.rest.export.OkrExportResource;
import dev.waypoint.jira.rest.initiative.InitiativeResource;
import dev.waypoint.jira.rest.initiative.IssueSelectionResource;
import dev.waypoint.jira.rest.insight.InsightResource;
import dev.waypoint.jira.rest.issue.IssueResource;
import dev.waypoint.jira.rest.keyresult.KeyResultRefreshResource;
import dev.waypoint.jira.rest.keyresult.KeyResultResource;
import dev.waypoint.jira.rest.kpi.KpiJqlResource;
import dev.waypoint.jira.rest.kpi.KpiRefreshResource;
import dev.waypoint.jira.rest.kpi.KpiResource;
import dev.waypoint.jira.rest.kpi.KpiValueResource;
import dev.waypoint.jira.rest.kpi.KpiValuesCsvResource;
import dev.waypoint.jira.rest.kpi.KpiViews;
import dev.waypoint.jira.rest.me.MeResource;
import dev.waypoint.jira.rest.objective.ObjectiveResource;
import dev.waypoint.jira.rest.objective.ObjectiveTreeResource;
import dev.waypoint.jira.rest.page.KpiPageResource;
import dev.waypoint.jira.rest.project.ProjectPageResource;
import dev.waypoint.jira.settings.StoredInsightSettings;
import dev.waypoint.jira.settings.StoredKpiDefaults;
import dev.waypoint.jira.settings.StoredRefreshSettings;
import dev.waypoint.jira.settings.StoredScoringSettings;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.KeyResultService;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiValidator;
import dev.waypoint.kpi.KpiValueService;
import dev.waypoint.objective.ObjectiveService;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.refresh.ActiveCycleKeyResults;
import dev.waypoint.refresh.KeyResultEvaluator;
import dev.waypoint.refresh.KeyResultInputs;
import dev.waypoint.refresh.KeyResultRefreshNow;
import dev.waypoint.refresh.KeyResultRefresher;
import dev.waypoint.refresh.KpiEvaluator;
import dev.waypoint.refresh.KpiRefresher;
import dev.waypoint.refresh.RefreshJob;
import dev.waypoint.refresh.RefreshNow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The composition root: builds Waypoint's object graph (core's policies, domain services and use cases, the
 * settings adapters, the refresh job and every REST resource) from what a host provides, {@link Storage} and
 * {@link Platform}. The preview, the tests and the benchmarks build the app with it; Jira's Spring wiring
 * ({@code META-INF/spring/plugin-context.xml} and the scanned adapters) declares the same components, which
 * {@code WiringAgreementTest} proves. Every component receives exactly the collaborators it uses.
 */
public final class WaypointApp {

    private final List<Object> components = new ArrayList<>();
    private final List<Object> resources = new ArrayList<>();
    private final RefreshJob refreshJob;

    public WaypointApp(Storage storage, Platform platform) {
        Objects.requireNonNull(storage, "'storage' must not be null");
        Objects.requireNonNull(platform, "'platform' must not be null");
        var s = storage;
        var p = platform;

        // policies
        Permissions permissions = add(new Permissions(p.accessFacts()));
        OkrPermissions okrPermissions = add(new OkrPermissions(permissions));
        KpiPermissions kpiPermissions = add(new KpiPermissions(permissions));
        VisibleKpis visibleKpis = add(new VisibleKpis(s.kpis(), kpiPermissions));
        StoredScoringSettings scoring = add(new StoredScoringSettings(p.settings()));
        StoredRefreshSettings refreshSettings = add(new StoredRefreshSettings(p.settings()));

        // OKR domain services
        OkrRemoval removal = add(new OkrRemoval(s.keyResults(), s.checkIns(), s.initiatives(),
                s.keyResultStatuses()));
        KeyResultLookup lookup = add(new KeyResultLookup(s.keyResults(), s.objectives(), s.cycles()));
        ObjectiveService objectiveService = add(new ObjectiveService(s.objectives(), s.cycles(), p.users(), removal,
                s.transactions()));
        KeyResultService keyResultService = add(new KeyResultService(s.keyResults(), s.objectives(), s.cycles(),
                p.users(), p.search(), removal, s.transactions()));
        CheckInService checkInService = add(new CheckInService(s.checkIns(), lookup, p.clock()));
        InitiativeService initiativeService = add(new InitiativeService(s.initiatives(), lookup, p.clock()));
        CycleGrading grading = add(new CycleGrading(s.objectives(), s.keyResults(), s.checkIns(), scoring, p.clock()));
        CycleClosingService closing = add(new CycleClosingService(s.cycles(), s.objectives(), grading,
                add(new CarryOverWriter(s.objectives(), s.keyResults(), s.checkIns(), s.cycles(), p.clock())),
                s.keyResults(), removal, s.transactions()));
        CycleService cycleService = add(new CycleService(s.cycles(), s.objectives(), s.claims(), s.transactions(),
                p.clock()));
        CycleAccess cycleAccess = add(new CycleAccess(p.currentUser(), permissions));
        OkrReadService okrReads = add(new OkrReadService(s.cycles(), s.reads(), scoring, p.clock()));

        // the refresh job's evaluators, which the OKR use cases run at once after a change
        KpiRefresher kpiRefresher = add(new KpiRefresher(s.kpis(), s.kpiValues(), add(new KpiEvaluator(p.search(),
                p.users()))));
        RefreshNow refreshNow = add(new RefreshNow(kpiRefresher, s.claims(), s.kpiValues(), refreshSettings,
                p.clock()));
        KeyResultInputs keyResultInputs = add(new KeyResultInputs(s.initiatives(), s.kpiValues()));
        KeyResultRefresher keyResultRefresher = add(new KeyResultRefresher(
                add(new ActiveCycleKeyResults(s.cycles(), s.objectives(), s.keyResults())), s.keyResultStatuses(),
                keyResultInputs, add(new KeyResultEvaluator(p.search(), p.users())), s.checkIns()));
        KeyResultRefreshNow keyResultRefreshNow = add(new KeyResultRefreshNow(keyResultRefresher, keyResultInputs,
                s.claims(), s.keyResultStatuses(), refreshSettings, p.clock()));

        // OKR use cases
        OkrAccess okrAccess = add(new OkrAccess(p.currentUser(), okrPermissions, s.objectives(), s.keyResults(),
                s.cycles()));
        KpiReferences kpiReferences = add(new KpiReferences(visibleKpis));
        Disclosure disclosure = add(new Disclosure(p.currentUser(), permissions, visibleKpis,
                s.keyResultStatuses()));
        KeyResultViews keyResultViews = add(new KeyResultViews(okrAccess, disclosure));
        ObjectivesQuery objectivesQuery = add(new ObjectivesQuery(okrAccess, kpiReferences, s.objectives(),
                s.cycles()));
        CreatingObjective creatingObjective = add(new CreatingObjective(okrAccess, kpiReferences, objectiveService));
        ChangingObjective changingObjective = add(new ChangingObjective(okrAccess, kpiReferences, objectiveService));
        DeletingObjective deletingObjective = add(new DeletingObjective(okrAccess, objectiveService));
        KeyResultQuery keyResultQuery = add(new KeyResultQuery(okrAccess, keyResultViews));
        AddingKeyResult addingKeyResult = add(new AddingKeyResult(okrAccess, keyResultViews, kpiReferences,
                keyResultService, keyResultRefreshNow));
        ChangingKeyResult changingKeyResult = add(new ChangingKeyResult(okrAccess, keyResultViews, kpiReferences,
                keyResultService, keyResultRefreshNow));
        DeletingKeyResult deletingKeyResult = add(new DeletingKeyResult(okrAccess, keyResultService));
        CheckInsQuery checkInsQuery = add(new CheckInsQuery(okrAccess, disclosure, s.checkIns(), p.userNames(),
                p.clock()));
        CheckingIn checkingIn = add(new CheckingIn(okrAccess, checkInService));
        DeletingCheckIn deletingCheckIn = add(new DeletingCheckIn(okrAccess, s.checkIns(), checkInService));
        CorrectingCheckIn correctingCheckIn = add(new CorrectingCheckIn(okrAccess, s.checkIns(), checkInService,
                s.transactions()));
        LinkedIssuesQuery linkedIssuesQuery = add(new LinkedIssuesQuery(okrAccess, s.initiatives(), p.issues()));
        LinkingIssue linkingIssue = add(new LinkingIssue(okrAccess, p.issues(), initiativeService,
                keyResultRefreshNow));
        UnlinkingIssue unlinkingIssue = add(new UnlinkingIssue(okrAccess, p.issues(), initiativeService,
                keyResultRefreshNow));
        IssueSelectionQuery issueSelectionQuery = add(new IssueSelectionQuery(okrAccess, p.issues(), p.search(),
                refreshSettings, s.initiatives()));
        LinkingIssues linkingIssues = add(new LinkingIssues(okrAccess, p.issues(), p.search(), refreshSettings,
                s.initiatives(), initiativeService, s.transactions(), keyResultRefreshNow));
        RefreshingKeyResult refreshingKeyResult = add(new RefreshingKeyResult(okrAccess, keyResultRefreshNow));

        // OKR read models (dev.waypoint.app.progress)
        ViewerVisibility viewerVisibility = add(new ViewerVisibility(okrAccess, disclosure));
        ProjectPageQuery projectPageQuery = add(new ProjectPageQuery(okrAccess, viewerVisibility, s.cycles(),
                okrReads, add(new CompanyObjectiveProgress(viewerVisibility, s.objectives(), s.keyResults(),
                        s.checkIns())), p.userNames(), p.clock()));
        ObjectiveTreeQuery objectiveTreeQuery = add(new ObjectiveTreeQuery(okrAccess, kpiReferences, viewerVisibility,
                s.cycles(), grading, p.clock()));
        IssuePanelQuery issuePanelQuery = add(new IssuePanelQuery(okrAccess, disclosure, p.issues(), s.initiatives(),
                s.keyResults(), s.objectives(), s.cycles(), s.checkIns(), scoring, p.clock()));

        // KPI domain services
        KpiReadService kpiReads = add(new KpiReadService(s.kpiValues(), p.clock()));
        KpiValidator kpiValidator = add(new KpiValidator(p.search(), p.users(), p.dateFields()));
        KpiService kpiService = add(new KpiService(s.kpis(), kpiValidator, s.targetChanges(), s.transactions(),
                p.clock()));
        KpiDeletion kpiDeletion = add(new KpiDeletion(s.kpis(), s.kpiValues(), s.alignments(), s.targetChanges(),
                s.transactions()));
        KpiValueService kpiValueService = add(new KpiValueService(s.kpis(), s.kpiValues(), p.clock()));
        StoredKpiDefaults kpiDefaults = add(new StoredKpiDefaults(p.settings()));

        // the refresh job (its key result part also evaluates a key result at once: "progress at once", issue 13)
        this.refreshJob = add(new RefreshJob(kpiRefresher, keyResultRefresher, s.kpiValues(), s.claims(),
                refreshSettings, p.clock()));

        // KPI use cases (and alignments of objectives to KPIs)
        KpiAccess kpiAccess = add(new KpiAccess(p.currentUser(), visibleKpis));
        KpiDirectoryQuery kpiDirectory = add(new KpiDirectoryQuery(kpiAccess));
        KpiDetailQuery kpiDetail = add(new KpiDetailQuery(kpiAccess, kpiReads));
        CreatingKpi creatingKpi = add(new CreatingKpi(kpiAccess, kpiService, kpiDefaults));
        ChangingKpi changingKpi = add(new ChangingKpi(kpiAccess, kpiService, kpiDefaults));
        DeletingKpi deletingKpi = add(new DeletingKpi(kpiAccess, kpiDeletion));
        KpiValuesQuery kpiValues = add(new KpiValuesQuery(kpiAccess, kpiReads, p.clock()));
        RecordingKpiValue recordingKpiValue = add(new RecordingKpiValue(kpiAccess, kpiValueService));
        DeletingKpiValue deletingKpiValue = add(new DeletingKpiValue(kpiAccess, kpiValueService));
        RefreshingKpi refreshingKpi = add(new RefreshingKpi(kpiAccess, refreshNow));
        ValidatingKpiJql validatingKpiJql = add(new ValidatingKpiJql(kpiAccess, kpiValidator, p.search()));
        KpiScorecardQuery kpiScorecard = add(new KpiScorecardQuery(kpiAccess, kpiReads));
        MarkedTrendQuery kpiTrend = add(new MarkedTrendQuery(add(new KpiTrendQuery(kpiAccess, kpiReads, p.clock())),
                okrAccess, s.alignments(), s.objectives(), s.cycles()));
        AlignedKpisQuery alignedKpis = add(new AlignedKpisQuery(okrAccess, kpiAccess, kpiReads));
        InsightsQuery insightsQuery = add(new InsightsQuery(p.currentUser(), permissions, visibleKpis,
                add(new InsightSnapshotLoader(s.cycles(), s.kpis(), s.kpiValues(), s.targetChanges(), s.alignments(),
                        s.objectives(), s.keyResults(), s.checkIns(), s.initiatives(), s.keyResultStatuses(),
                        p.clock())), add(new StoredInsightSettings(p.settings()))));
        AlignedObjectivesQuery alignedObjectives = add(new AlignedObjectivesQuery(kpiAccess, okrAccess,
                s.alignments(), s.objectives()));
        AligningToKpi aligningToKpi = add(new AligningToKpi(okrAccess, kpiAccess, s.alignments()));
        RemovingAlignment removingAlignment = add(new RemovingAlignment(okrAccess, kpiAccess, s.alignments()));

        // the admin page's use cases (dev.waypoint.app.admin)
        AdminAccess adminAccess = add(new AdminAccess(p.currentUser(), permissions));

        // REST resources
        KpiViews views = add(new KpiViews(p.translator()));
        resource(new CycleResource(add(new CyclesQuery(cycleAccess, s.cycles())),
                add(new CreatingCycle(cycleAccess, cycleService)), add(new ChangingCycle(cycleAccess, cycleService)),
                add(new DeletingCycle(cycleAccess, cycleService)), add(new CreatingQuarters(cycleAccess, cycleService)),
                p.clock()));
        resource(new CycleCloseResource(add(new ClosePreviewQuery(cycleAccess, okrAccess, viewerVisibility,
                s.cycles(), closing)), add(new ClosingCycle(cycleAccess, okrAccess, closing)), p.clock()));
        resource(new CycleManagementResource(add(new CycleListQuery(s.cycles(), s.cyclesInUse(), cycleAccess))));
        CompanyReading companyReading = add(new CompanyReading(s.cycles(), s.companyReads(), okrAccess, disclosure,
                scoring, p.userNames(), p.clock()));
        resource(new CompanyResource(add(new CompanyPageQuery(companyReading)),
                add(new CompanyChildrenQuery(companyReading)), add(new CompanySearchQuery(companyReading)),
                add(new CompanyKpiTreeQuery(kpiAccess, s.kpiValues())), p.clock()));
        resource(new ObjectiveTreeResource(objectiveTreeQuery));
        resource(new OkrExportResource(add(new OkrExportQuery(okrAccess, viewerVisibility, s.cycles(),
                s.objectives(), s.keyResults(), s.checkIns())), p.clock()));
        resource(new ObjectiveResource(objectivesQuery, creatingObjective, changingObjective, deletingObjective,
                p.clock()));
        resource(new KeyResultResource(keyResultQuery, addingKeyResult, changingKeyResult, deletingKeyResult,
                p.clock()));
        resource(new CheckInResource(checkInsQuery, checkingIn, deletingCheckIn, correctingCheckIn, p.clock()));
        resource(new InitiativeResource(linkedIssuesQuery, linkingIssue, unlinkingIssue, p.clock()));
        // issue 13: a team lead's daily flow (linking selections, refresh now, correcting check-ins)
        resource(new IssueSelectionResource(issueSelectionQuery, linkingIssues, p.clock()));
        resource(new KeyResultRefreshResource(refreshingKeyResult, views));
        resource(new IssueResource(issuePanelQuery, p.clock()));
        resource(new ProjectPageResource(projectPageQuery, p.clock()));
        resource(new KpiResource(kpiDirectory, kpiDetail, creatingKpi, changingKpi, deletingKpi, views, p.clock()));
        resource(new KpiJqlResource(validatingKpiJql, p.clock()));
        resource(new KpiValueResource(kpiValues, recordingKpiValue, deletingKpiValue, views,
                p.clock()));
        resource(new KpiRefreshResource(refreshingKpi, views));
        resource(new KpiValuesCsvResource(kpiValues, views, p.clock()));
        resource(new AlignmentResource(alignedKpis, alignedObjectives, aligningToKpi, removingAlignment,
                p.clock()));
        resource(new InsightResource(insightsQuery, p.translator(), p.clock()));
        resource(new AdminSettingsResource(add(new AdminSettingsQuery(adminAccess, p.settings())),
                add(new ChangingAdminSettings(adminAccess, p.settings(), p.users(), p.customFields())), p.clock()));
        resource(new DashboardResource(p.clock(),
                add(new OkrProgressReader(add(new OkrProgressQuery(okrAccess, viewerVisibility, okrReads, s.cycles(),
                        s.objectives(), s.keyResults(), s.checkIns(), s.initiatives(), p.clock())))),
                kpiScorecard, kpiTrend,
                add(new AgentWorkloadQuery(kpiAccess, kpiReads, p.agents())), views));
        resource(new ProjectChoicesResource(add(new ProjectChoicesQuery(p.currentUser(), permissions,
                p.projects()))));
        resource(new MeResource(add(new MeQuery(p.currentUser(), permissions))));

        // the KPI workspace (issue 10): the KPI pages' read models
        KpiAlignmentsQuery kpiAlignments = add(new KpiAlignmentsQuery(kpiAccess, okrAccess, viewerVisibility, okrReads,
                s.alignments(), s.cycles(), s.objectives(), s.keyResults(), s.checkIns(), s.initiatives()));
        resource(new KpiPageResource(add(new KpiListQuery(kpiAccess, kpiReads, p.userNames(), p.projects())),
                add(new KpiPageQuery(kpiAccess, kpiReads, p.userNames(), p.agents(), s.cycles(), insightsQuery,
                        kpiAlignments, p.clock())), views, p.translator(), p.clock()));
    }

    /** Every REST resource, one instance each (they hold no request state). */
    public List<Object> resources() {
        return Collections.unmodifiableList(resources);
    }

    /** The refresh job, which the host runs on its scheduler. */
    public RefreshJob refreshJob() {
        return refreshJob;
    }

    /** Every component the root built (resources included), for the wiring agreement with Spring. */
    public List<Object> components() {
        return Collections.unmodifiableList(components);
    }

    /**
     * The component of this class (exactly this class), for hosts and tests that drive a use case directly.
     *
     * @throws IllegalArgumentException if the root built none or several
     */
    public <T> T component(Class<T> type) {
        List<Object> found = components.stream().filter(c -> c.getClass() == type).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException("the app has " + found.size() + " components of " + type.getName());
        }
        return type.cast(found.get(0));
    }

    private <T> T add(T component) {
        components.add(component);
        return component;
    }

    private void resource(Object resource) {
        resources.add(add(resource));
    }
}
