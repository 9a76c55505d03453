package dev.waypoint.app.kpi;

import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.KpiPermissions;
import dev.waypoint.access.OkrPermissions;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Role;
import dev.waypoint.app.alignment.AlignedKpisQuery;
import dev.waypoint.app.alignment.AlignedObjectivesQuery;
import dev.waypoint.app.alignment.AligningToKpi;
import dev.waypoint.app.alignment.MarkedTrendQuery;
import dev.waypoint.app.alignment.RemovingAlignment;
import dev.waypoint.app.alignment.KpiAlignmentsQuery;
import dev.waypoint.app.dashboard.AgentWorkloadQuery;
import dev.waypoint.app.dashboard.ProjectChoice;
import dev.waypoint.app.insight.InsightSnapshotLoader;
import dev.waypoint.app.insight.InsightsQuery;
import dev.waypoint.app.okr.Disclosure;
import dev.waypoint.app.page.KpiListQuery;
import dev.waypoint.app.page.KpiPageQuery;
import dev.waypoint.app.progress.ViewerVisibility;
import dev.waypoint.checkin.inmemory.InMemoryCheckInRepository;
import dev.waypoint.initiative.inmemory.InMemoryInitiativeRepository;
import dev.waypoint.insight.InsightSettings;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.progress.inmemory.InMemoryOkrReadRepository;
import dev.waypoint.refresh.inmemory.InMemoryKeyResultRefreshStatusRepository;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.inmemory.InMemoryCycleRepository;
import dev.waypoint.keyresult.inmemory.InMemoryKeyResultRepository;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiBuilder;
import dev.waypoint.kpi.testdata.KpiWorld;
import dev.waypoint.objective.Objective;
import dev.waypoint.refresh.KpiEvaluator;
import dev.waypoint.refresh.KpiRefresher;
import dev.waypoint.refresh.RefreshNow;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.refresh.inmemory.InMemoryRefreshClaims;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.CycleBuilder;
import dev.waypoint.testdata.ObjectiveBuilder;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The KPI use cases ({@code dev.waypoint.app.kpi}, {@code dev.waypoint.app.alignment}) on the in-memory fakes of
 * {@link KpiWorld}, with the seven {@link Role}s' access facts (project {@code TEAM}) and a current user that a test
 * sets with {@link #as}. The admin's default refresh interval is {@value #DEFAULT_REFRESH_MINUTES} minutes. One
 * instance per test.
 */
public final class KpiUseCaseWorld {

    public static final int DEFAULT_REFRESH_MINUTES = 45;

    public final KpiWorld kpi = new KpiWorld();
    public final InMemoryCycleRepository cycles = new InMemoryCycleRepository();
    public final InMemoryKeyResultRepository keyResults = new InMemoryKeyResultRepository();
    public final InMemoryCheckInRepository checkIns = new InMemoryCheckInRepository();
    public final InMemoryInitiativeRepository initiatives = new InMemoryInitiativeRepository();
    public final InMemoryKeyResultRefreshStatusRepository statuses = new InMemoryKeyResultRefreshStatusRepository();
    /** Display names the platform knows (others are absent, as for deleted users). */
    public final Map<UserKey, String> displayNames = new HashMap<>();
    /** The projects each user may browse, as the platform lists them for pickers. */
    public final Map<UserKey, List<ProjectChoice>> browsable = new HashMap<>();
    public final InMemoryAccessFacts facts = Role.standardFacts();
    private final AtomicReference<Optional<UserKey>> user = new AtomicReference<>(Optional.empty());

    public final Permissions permissions = new Permissions(facts);
    public final KpiPermissions kpiPermissions = new KpiPermissions(permissions);
    public final KpiAccess access = new KpiAccess(user::get, new VisibleKpis(kpi.kpis, kpiPermissions));
    public final OkrAccess okrAccess = new OkrAccess(user::get, new OkrPermissions(permissions), kpi.objectives,
            keyResults, cycles);
    public final KpiReadService reads = kpi.readService();
    public final InMemoryRefreshClaims claims = new InMemoryRefreshClaims();

    /** Acts as the role's user from now on. */
    public KpiUseCaseWorld as(Role role) {
        user.set(role.user());
        return this;
    }

    public CreatingKpi creating() {
        return new CreatingKpi(access, kpi.kpiService(), () -> DEFAULT_REFRESH_MINUTES);
    }

    public ChangingKpi changing() {
        return new ChangingKpi(access, kpi.kpiService(), () -> DEFAULT_REFRESH_MINUTES);
    }

    public DeletingKpi deleting() {
        return new DeletingKpi(access, kpi.deletion());
    }

    public KpiDirectoryQuery directory() {
        return new KpiDirectoryQuery(access);
    }

    public KpiDetailQuery detail() {
        return new KpiDetailQuery(access, reads);
    }

    public KpiValuesQuery values() {
        return new KpiValuesQuery(access, reads, kpi.clock);
    }

    public RecordingKpiValue recording() {
        return new RecordingKpiValue(access, kpi.valueService());
    }

    public DeletingKpiValue deletingValue() {
        return new DeletingKpiValue(access, kpi.valueService());
    }

    public RefreshingKpi refreshing() {
        return new RefreshingKpi(access, new RefreshNow(new KpiRefresher(kpi.kpis, kpi.values,
                new KpiEvaluator(kpi.search, kpi.users)), claims, kpi.values, () -> RefreshSettings.DEFAULTS, kpi.clock));
    }

    public ValidatingKpiJql validatingJql() {
        return new ValidatingKpiJql(access, kpi.validator(), kpi.search);
    }

    public KpiScorecardQuery scorecard() {
        return new KpiScorecardQuery(access, reads);
    }

    public KpiTrendQuery trend() {
        return new KpiTrendQuery(access, reads, kpi.clock);
    }

    /** The agent workload, with no agent names known. */
    public AgentWorkloadQuery agents() {
        return new AgentWorkloadQuery(access, reads, users -> Map.of());
    }

    public KpiListQuery list() {
        return new KpiListQuery(access, reads, this::names, user -> browsable.getOrDefault(user, List.of()));
    }

    /** A KPI's page, with no agent names known. */
    public KpiPageQuery page() {
        return new KpiPageQuery(access, reads, this::names, users -> Map.of(), cycles,
                new InsightsQuery(user::get, permissions, access.kpis(), new InsightSnapshotLoader(cycles, kpi.kpis,
                        kpi.values, kpi.targetChanges, kpi.alignments, kpi.objectives, keyResults, checkIns,
                        initiatives, statuses, kpi.clock), () -> InsightSettings.DEFAULTS), alignments(), kpi.clock);
    }

    public KpiAlignmentsQuery alignments() {
        OkrReadService okrReads = new OkrReadService(cycles, new InMemoryOkrReadRepository(kpi.objectives, keyResults,
                checkIns, initiatives, kpi.kpis), ScoringSettings::defaults, kpi.clock);
        return new KpiAlignmentsQuery(access, okrAccess, new ViewerVisibility(okrAccess, new Disclosure(user::get,
                permissions, access.kpis(), statuses)), okrReads, kpi.alignments, cycles, kpi.objectives, keyResults,
                checkIns, initiatives);
    }

    private Map<UserKey, String> names(Collection<UserKey> users) {
        Map<UserKey, String> known = new HashMap<>();
        users.stream().filter(displayNames::containsKey).forEach(u -> known.put(u, displayNames.get(u)));
        return known;
    }

    public AlignedKpisQuery alignedKpis() {
        return new AlignedKpisQuery(okrAccess, access, reads);
    }

    public AlignedObjectivesQuery alignedObjectives() {
        return new AlignedObjectivesQuery(access, okrAccess, kpi.alignments, kpi.objectives);
    }

    public MarkedTrendQuery markedTrend() {
        return new MarkedTrendQuery(trend(), okrAccess, kpi.alignments, kpi.objectives, cycles);
    }

    public AligningToKpi aligning() {
        return new AligningToKpi(okrAccess, access, kpi.alignments);
    }

    public RemovingAlignment removingAlignment() {
        return new RemovingAlignment(okrAccess, access, kpi.alignments);
    }

    public Kpi store(KpiBuilder builder) {
        return kpi.store(builder);
    }

    public KpiValue store(KpiValue value) {
        return kpi.store(value);
    }

    public Cycle store(CycleBuilder cycle) {
        return cycles.insert(cycle.build());
    }

    public Objective store(ObjectiveBuilder objective) {
        return kpi.objectives.insert(objective.build());
    }
}
