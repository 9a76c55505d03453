package dev.waypoint.jira.rest.project;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.access.Role;
import dev.waypoint.alignment.inmemory.InMemoryKpiAlignmentRepository;
import dev.waypoint.app.company.inmemory.PortCompanyReadRepository;
import dev.waypoint.app.cycle.PortCyclesInUse;
import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.BrowsableProjects;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.issue.inmemory.InMemoryIssueDirectory;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.settings.InMemoryWaypointSettingsStore;
import dev.waypoint.jira.wiring.Platform;
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.jira.wiring.WaypointApp;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.fake.FakeDateFields;
import dev.waypoint.kpi.fake.FakeUserDirectory;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiTargetChangeRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.objective.inmemory.InMemoryObjectiveRepository;
import dev.waypoint.refresh.inmemory.InMemoryKeyResultRefreshStatusRepository;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.UserNames;
import dev.waypoint.shared.Weight;
import dev.waypoint.shared.inmemory.ImmediateTransactions;
import dev.waypoint.testdata.OkrRepositories;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The OKR resources on some storage (in-memory fakes by default, or AO) with a standard data set for the seven
 * {@link Role}s, which {@link #reset()} puts back: it deletes everything through the ports and inserts again, so ids
 * change on every reset (read them from the fields).
 *
 * <table>
 *   <caption>the data set ("today" is 2026-02-15)</caption>
 *   <tr><td>{@link #q1}</td><td>Q1 2026, ACTIVE</td></tr>
 *   <tr><td>{@link #q2}</td><td>Q2 2026, PLANNING (carry-over target)</td></tr>
 *   <tr><td>{@link #q3}</td><td>Q3 2026, PLANNING, without objectives (deletable)</td></tr>
 *   <tr><td>{@link #company}</td><td>COMPANY objective of Q1 owned by the Jira admin, parent of {@link #team}</td></tr>
 *   <tr><td>{@link #company2}</td><td>COMPANY objective of Q1 without children</td></tr>
 *   <tr><td>{@link #team}</td><td>TEAM objective of project TEAM owned by the owner</td></tr>
 *   <tr><td>{@link #personal}</td><td>INDIVIDUAL objective without project owned by the owner</td></tr>
 *   <tr><td>{@link #hidden}</td><td>TEAM objective of project OTHER, which nobody may browse</td></tr>
 *   <tr><td>{@link #kr}</td><td>METRIC 0 → 10 of {@link #team} owned by the owner, one check-in of 4 on 2026-02-01,
 *       linked to epic TEAM-2</td></tr>
 *   <tr><td>{@link #companyKr}</td><td>METRIC 0 → 100 of {@link #company} owned by the Jira admin</td></tr>
 *   <tr><td>{@link #hiddenKr}</td><td>METRIC of {@link #hidden}</td></tr>
 *   <tr><td>issues</td><td>TEAM-1 (101), epic TEAM-2 (102), TEAM-3 (103) in epic TEAM-2, OTHER-1 (201)</td></tr>
 *   <tr><td>{@link #teamKpi}</td><td>a KPI of project TEAM, which objectives and key results may name</td></tr>
 *   <tr><td>{@link #hiddenKpi}</td><td>a KPI of project OTHER, which nobody may browse</td></tr>
 * </table>
 */
public final class OkrRestFixture {

    public static final ProjectKey TEAM = Role.PROJECT;
    public static final ProjectKey OTHER = new ProjectKey("OTHER");
    public static final UserKey OWNER = Role.OWNER.user().orElseThrow();
    public static final UserKey JIRA_ADMIN = Role.JIRA_ADMIN.user().orElseThrow();
    public static final Instant NOW = RestHarness.NOW;
    /** Jira's display names of the roles' users: "Owner Name" for "owner"; other users Jira does not know. */
    public static final UserNames USER_NAMES = users -> users.stream().distinct()
            .filter(user -> Arrays.stream(Role.values()).anyMatch(role -> role.user().equals(Optional.of(user))))
            .collect(Collectors.toMap(Function.identity(), user -> Character.toUpperCase(user.value().charAt(0))
                    + user.value().substring(1) + " Name"));

    /** Everything stored, read through the ports: equal before and after a refused request. */
    public record Contents(List<Cycle> cycles, List<Objective> objectives, List<KeyResult> keyResults,
            List<CheckIn> checkIns, List<Initiative> initiatives) {
    }

    private final Storage storage;
    private InMemoryIssueDirectory issues;
    /** Jira's verdict on JQL: every query is valid unless declared invalid here. */
    public final CountingIssueSearch search = new CountingIssueSearch();
    /** Jira's users: everyone is active unless deactivated here. */
    public final FakeUserDirectory users = new FakeUserDirectory();
    /** The projects each user may browse, for the dashboard's pickers: none unless set here. */
    public BrowsableProjects projects = user -> List.of();
    /** Agents' names for the agent workload: nobody unless set here. */
    public AgentDirectory agents = keys -> Map.of();

    public Cycle q1;
    public Cycle q2;
    public Cycle q3;
    public Objective company;
    public Objective company2;
    public Objective team;
    public Objective personal;
    public Objective hidden;
    public KeyResult kr;
    public KeyResult companyKr;
    public KeyResult hiddenKr;
    public CheckIn checkIn;
    public Kpi teamKpi;
    public Kpi hiddenKpi;

    public OkrRestFixture(Storage storage) {
        this.storage = storage;
    }

    /** On fresh in-memory fakes. */
    public static OkrRestFixture inMemory() {
        OkrRepositories r = OkrRepositories.inMemory();
        return new OkrRestFixture(new Storage(r.cycles(), r.objectives(), r.keyResults(), r.checkIns(),
                r.initiatives(), r.reads(), new PortCompanyReadRepository(r.objectives(), r.keyResults(),
                        r.checkIns()), new PortCyclesInUse(r.objectives()), new InMemoryKpiRepository(), new InMemoryKpiValueRepository(),
                new InMemoryKpiAlignmentRepository((InMemoryObjectiveRepository) r.objectives()),
                new InMemoryKpiTargetChangeRepository(), new InMemoryKeyResultRefreshStatusRepository(),
                new ImmediateTransactions()));
    }

    /** On Active Objects. */
    public static OkrRestFixture activeObjects(ActiveObjects ao) {
        return new OkrRestFixture(Storage.activeObjects(ao));
    }

    public Storage storage() {
        return storage;
    }

    public InMemoryIssueDirectory issues() {
        return issues;
    }

    /** The OKR resources for the harness's user, permissions and clock. */
    public List<Object> resources(RestHarness harness) {
        issues = new InMemoryIssueDirectory(harness.facts()::canBrowseProject);
        addIssues();
        return new WaypointApp(storage, new Platform(harness.currentUser(), harness.facts(), harness.translator(),
                search, users, issues, USER_NAMES, new InMemoryWaypointSettingsStore(), field -> true, projects,
                agents, new FakeDateFields(), harness.clock())).resources();
    }

    /** Deletes everything and stores the data set again. */
    public OkrRestFixture reset() {
        clear();
        q1 = storage.cycles().insert(Cycle.create("Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                CycleState.ACTIVE));
        q2 = storage.cycles().insert(Cycle.create("Q2 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30),
                CycleState.PLANNING));
        q3 = storage.cycles().insert(Cycle.create("Q3 2026", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                CycleState.PLANNING));
        company = objective(q1.id(), "Grow the company", ObjectiveLevel.COMPANY, null, JIRA_ADMIN, null);
        company2 = objective(q1.id(), "Simplify the company", ObjectiveLevel.COMPANY, null, JIRA_ADMIN, null);
        team = objective(q1.id(), "Delight TEAM customers", ObjectiveLevel.TEAM, TEAM, OWNER, company.id());
        personal = objective(q1.id(), "Learn Java 21", ObjectiveLevel.INDIVIDUAL, null, OWNER, null);
        hidden = objective(q1.id(), "Secret plans", ObjectiveLevel.TEAM, OTHER, new UserKey("stranger"), null);
        kr = keyResult(team.id(), "Answer tickets faster", OWNER, new Measure.Metric(0, 10));
        companyKr = keyResult(company.id(), "Grow revenue", JIRA_ADMIN, new Measure.Metric(0, 100));
        hiddenKr = keyResult(hidden.id(), "Secret number", new UserKey("stranger"), new Measure.Metric(0, 1));
        checkIn = storage.checkIns().insert(new CheckIn(null, kr.id(), CheckInValue.of(4), 7, "On our way", OWNER,
                CheckInOrigin.MANUAL, NOW.minusSeconds(86_400 * 14), LocalDate.of(2026, 2, 1)));
        storage.initiatives().insert(new Initiative(null, kr.id(), new dev.waypoint.issue.IssueId(102), OWNER,
                NOW));
        storage.initiatives().insert(new Initiative(null, hiddenKr.id(), new dev.waypoint.issue.IssueId(201),
                new UserKey("stranger"), NOW));
        teamKpi = storage.kpis().insert(KpiTestData.aKpi().named("TEAM backlog").scope(TEAM).ownedBy(OWNER).build());
        hiddenKpi = storage.kpis().insert(KpiTestData.aKpi().named("Secret KPI").scope(OTHER).ownedBy(new UserKey("stranger"))
                .build());
        return this;
    }

    public Objective objective(CycleId cycle, String title, ObjectiveLevel level, ProjectKey project, UserKey owner,
            ObjectiveId parent) {
        return storage.objectives().insert(new Objective(null, cycle, title, null, level, null, Commitment.COMMITTED,
                owner, project, parent, true, Weight.ONE, Set.of(), ObjectiveState.ACTIVE, null, 0));
    }

    public KeyResult keyResult(ObjectiveId objective, String title, UserKey owner, Measure measure) {
        return storage.keyResults().insert(new KeyResult(null, objective, title, owner, Weight.ONE, null, measure,
                ValueSource.manual(), 0));
    }

    /** Everything stored, through the ports. */
    public Contents contents() {
        List<Cycle> cycles = storage.cycles().findAll();
        List<Objective> objectives = storage.objectives().findByCycleIds(cycles.stream().map(Cycle::id).toList());
        List<KeyResult> keyResults = storage.keyResults()
                .findByObjectiveIds(objectives.stream().map(Objective::id).toList());
        List<KeyResultId> keyResultIds = keyResults.stream().map(KeyResult::id).toList();
        return new Contents(cycles, objectives, keyResults, storage.checkIns().findByKeyResultIds(keyResultIds),
                storage.initiatives().findByKeyResultIds(keyResultIds));
    }

    private void clear() {
        Contents contents = contents();
        List<KeyResultId> keyResultIds = contents.keyResults().stream().map(KeyResult::id).toList();
        storage.checkIns().deleteByKeyResultIds(keyResultIds);
        storage.initiatives().deleteByKeyResultIds(keyResultIds);
        storage.keyResults().deleteByIds(keyResultIds);
        contents.objectives().stream().sorted((a, b) -> Boolean.compare(a.parentId() == null, b.parentId() == null))
                .forEach(o -> storage.objectives().delete(o.id()));
        contents.cycles().forEach(c -> storage.cycles().delete(c.id()));
        storage.kpis().findAll().forEach(k -> storage.kpis().delete(k.id()));
    }

    private void addIssues() {
        issues.clear();
        issues.add(101, "TEAM-1", "Fix the login page");
        IssueRef epic = issues.add(102, "TEAM-2", "Faster support");
        issues.add(103, "TEAM-3", "Auto-reply to tickets", epic);
        issues.add(104, "TEAM-4", "=HYPERLINK(\"http://evil\")");
        issues.add(201, "OTHER-1", "Secret issue");
    }

    /** Path helpers. */
    public String objectivePath(Objective objective) {
        return "/objectives/" + objective.id();
    }

    public String keyResultPath(KeyResult keyResult) {
        return "/key-results/" + keyResult.id();
    }
}
