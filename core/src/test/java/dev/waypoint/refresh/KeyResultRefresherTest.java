package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.ALICE;
import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.refresh.RefreshWorld.epic;
import static dev.waypoint.refresh.RefreshWorld.issue;
import static dev.waypoint.testdata.OkrTestData.SUPPORT;
import static dev.waypoint.testdata.OkrTestData.TODAY;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anInitiative;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.KeyResultBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeyResultRefresherTest {

    private static final UserKey GONE = new UserKey("gone");

    private final RefreshWorld world = new RefreshWorld();
    private Objective objective;

    @BeforeEach
    void activeCycleWithObjective() {
        Cycle cycle = world.okr.store(aCycle());
        objective = world.okr.store(anObjective(cycle.id()));
    }

    private KeyResult store(KeyResultBuilder keyResult) {
        return world.okr.store(keyResult);
    }

    private KeyResultRefreshOutcome refresh(Duration budget) {
        return world.keyResultRefresher().refresh(new RefreshBudget(world.clock, budget), world.clock.instant(),
                world.clock.getZone(), world.settings);
    }

    private List<CheckIn> checkIns(KeyResult keyResult) {
        return world.okr.checkIns.findByKeyResultIds(List.of(keyResult.id()));
    }

    /** A query as the refresh job runs it for a key result of a SUP objective: restricted to that project. */
    private static String inSupport(String jql) {
        return Jql.inProjects(jql, Set.of(SUPPORT));
    }

    private static Measure.Issues issues(IssuesMode mode) {
        return new Measure.Issues(mode, IssuesScope.LIVE, null);
    }

    @Test
    void givenJqlKeyResult_refresh_recordsTheCountAsTodaysRefreshCheckInAndAStatus() {
        KeyResult bugs = store(aKeyResult(objective.id()).source(new ValueSource.Jql("type = Bug")));
        world.search.count(inSupport("type = Bug"), 42);

        KeyResultRefreshOutcome outcome = refresh(Duration.ofMinutes(1));

        assertThat(outcome.refreshed()).containsExactly(bugs.id());
        assertThat(checkIns(bugs)).singleElement().satisfies(c -> {
            assertThat(c.numericValue()).isEqualTo(42);
            assertThat(c.origin()).isEqualTo(CheckInOrigin.REFRESH);
            assertThat(c.effectiveDate()).isEqualTo(TODAY);
        });
        assertThat(world.statuses.all()).containsExactly(new KeyResultRefreshStatus(bugs.id(), NOW, null, 0,
                Set.of(SUPPORT)));
        assertThat(world.search.calls()).singleElement().extracting(c -> c.asUser()).isEqualTo(ALICE);
    }

    @Test
    void givenKpiKeyResult_refresh_takesTheKpisLatestValueWithoutSearching() {
        Kpi kpi = world.store(aKpi());
        world.store(KpiValue.of(kpi.id(), NOW.minus(Duration.ofDays(2)), 30));
        world.store(KpiValue.of(kpi.id(), NOW.minus(Duration.ofHours(1)), 27));
        KeyResult bound = store(aKeyResult(objective.id()).metric(40, 20).source(new ValueSource.Kpi(kpi.id())));
        KeyResult unbound = store(aKeyResult(objective.id()).source(new ValueSource.Kpi(new KpiId(99))));

        KeyResultRefreshOutcome outcome = refresh(Duration.ofMinutes(1));

        assertThat(checkIns(bound)).singleElement().extracting(CheckIn::numericValue).isEqualTo(27d);
        assertThat(outcome.failed()).containsEntry(unbound.id(), new KpiError(KpiErrorCode.KPI_WITHOUT_VALUE, "99"));
        assertThat(checkIns(unbound)).isEmpty();
        assertThat(world.search.searches()).isZero();
    }

    @Test
    void givenIssuesKeyResultWithAnEpic_refresh_countsTheEpicsChildrenInsteadOfTheEpic() {
        KeyResult delivery = store(aKeyResult(objective.id()).measure(issues(IssuesMode.COUNT)));
        List.of(1L, 2L, 3L).forEach(id -> world.okr.initiatives.insert(anInitiative(delivery.id(), id)));
        world.search.sample(Jql.issuesWithIds(List.of(new IssueId(1), new IssueId(2), new IssueId(3))), List.of(
                        issue(1, StatusCategory.DONE, 3d), issue(2, StatusCategory.TO_DO, 5d),
                        epic(3, StatusCategory.IN_PROGRESS)))
                .sample(Jql.fillTemplate(RefreshSettings.DEFAULT_EPIC_CHILDREN_JQL, "SUP-3"), List.of(
                        issue(4, StatusCategory.DONE, 2d), issue(5, StatusCategory.IN_PROGRESS, null),
                        issue(1, StatusCategory.DONE, 3d)));

        refresh(Duration.ofMinutes(1));

        assertThat(checkIns(delivery)).singleElement().extracting(CheckIn::numericValue).isEqualTo(0.5);
        assertThat(world.search.searchedQueries()).containsExactly("issue in (1, 2, 3)",
                "\"Epic Link\" = \"SUP-3\"");
        assertThat(world.statuses.all()).singleElement().extracting(KeyResultRefreshStatus::unestimatedIssues)
                .isEqualTo(1);
    }

    @Test
    void givenStoryPointsKeyResult_refresh_recordsDonePointsOverAllPoints() {
        KeyResult points = store(aKeyResult(objective.id()).measure(issues(IssuesMode.STORY_POINTS)));
        world.okr.initiatives.insert(anInitiative(points.id(), 1));
        world.okr.initiatives.insert(anInitiative(points.id(), 2));
        world.search.sample("issue in (1, 2)", List.of(issue(1, StatusCategory.DONE, 3d),
                issue(2, StatusCategory.IN_PROGRESS, 5d)));

        refresh(Duration.ofMinutes(1));

        assertThat(checkIns(points)).singleElement().extracting(CheckIn::numericValue).isEqualTo(3 / 8d);
    }

    @Test
    void givenIssuesKeyResultWithoutLinks_refresh_recordsAnUnknownProgressWithoutSearching() {
        KeyResult empty = store(aKeyResult(objective.id()).measure(issues(IssuesMode.TIME)));

        refresh(Duration.ofMinutes(1));

        assertThat(checkIns(empty)).singleElement().extracting(CheckIn::numericValue).isNull();
        assertThat(world.search.searches()).isZero();
    }

    @Test
    void givenNoOwnerAnywhereOrAnInactiveOne_refresh_recordsAnErrorStatusAndNoCheckIn() {
        Objective ownerless = world.okr.store(anObjective(objective.cycleId()).ownedBy(null));
        KeyResult orphan = store(aKeyResult(ownerless.id()).ownedBy(null).source(new ValueSource.Jql("a = 1")));
        KeyResult inactive = store(aKeyResult(objective.id()).ownedBy(GONE)
                .source(new ValueSource.Jql("a = 1")));
        world.users.deactivate(GONE);

        KeyResultRefreshOutcome outcome = refresh(Duration.ofMinutes(1));

        assertThat(outcome.failed().get(orphan.id()).code()).isEqualTo(KpiErrorCode.NO_OWNER);
        assertThat(outcome.failed().get(inactive.id()).code()).isEqualTo(KpiErrorCode.OWNER_INACTIVE);
        assertThat(world.okr.checkIns.all()).isEmpty();
        assertThat(world.statuses.all()).hasSize(2).allMatch(s -> s.error() != null);
    }

    @Test
    void givenKeyResultRefreshedRecently_refresh_skipsItUntilTheIntervalHasPassed() {
        KeyResult recent = store(aKeyResult(objective.id()).source(new ValueSource.Jql("a = 1")));
        KeyResult stale = store(aKeyResult(objective.id()).source(new ValueSource.Jql("b = 1")));
        world.statuses.save(new KeyResultRefreshStatus(recent.id(), NOW.minus(Duration.ofMinutes(59)), null, 0));
        world.statuses.save(new KeyResultRefreshStatus(stale.id(), NOW.minus(Duration.ofMinutes(60)), null, 0));

        KeyResultRefreshOutcome outcome = refresh(Duration.ofMinutes(1));

        assertThat(outcome.refreshed()).containsExactly(stale.id());
    }

    @Test
    void givenManualKeyResultsAndClosedCycles_refresh_leavesThemAlone() {
        store(aKeyResult(objective.id()));
        Cycle closed = world.okr.store(aCycle().named("Q4").inState(CycleState.CLOSED));
        Objective old = world.okr.store(anObjective(closed.id()));
        store(aKeyResult(old.id()).source(new ValueSource.Jql("a = 1")));

        KeyResultRefreshOutcome outcome = refresh(Duration.ofMinutes(1));

        assertThat(outcome.refreshed()).isEmpty();
        assertThat(world.search.searches()).isZero();
    }

    @Test
    void givenOneKeyResultWhoseSearchThrows_refresh_recordsItsErrorAndRefreshesTheOthers() {
        KeyResult broken = store(aKeyResult(objective.id()).source(new ValueSource.Jql("boom")));
        KeyResult fine = store(aKeyResult(objective.id()).source(new ValueSource.Jql("fine")));
        world.search.throwWhen(inSupport("boom")::equals, new IllegalStateException("Lucene exploded"));

        KeyResultRefreshOutcome outcome = refresh(Duration.ofMinutes(1));

        assertThat(outcome.failed()).containsOnlyKeys(broken.id());
        assertThat(outcome.failed().get(broken.id()).code()).isEqualTo(KpiErrorCode.INTERNAL);
        assertThat(outcome.refreshed()).containsExactly(fine.id());
    }

    @Test
    void givenTodaysRefreshCheckInAndManualOne_refresh_replacesOnlyTheRefreshOne() {
        KeyResult bugs = store(aKeyResult(objective.id()).source(new ValueSource.Jql("type = Bug")));
        world.okr.store(aCheckIn(bugs.id()).refreshed().value(10));
        world.okr.store(aCheckIn(bugs.id()).value(11));
        world.search.count(inSupport("type = Bug"), 12);

        refresh(Duration.ofMinutes(1));

        assertThat(checkIns(bugs)).extracting(CheckIn::numericValue).containsExactlyInAnyOrder(11d, 12d);
    }

    @Test
    void givenSlowSearches_refresh_stopsAtTheBudgetAndLeavesTheRest() {
        for (int i = 0; i < 5; i++) {
            store(aKeyResult(objective.id()).source(new ValueSource.Jql("q" + i)));
        }
        world.search.beforeEachSearch(() -> world.clock.advance(Duration.ofSeconds(2)));

        KeyResultRefreshOutcome outcome = refresh(Duration.ofSeconds(3));

        assertThat(outcome.refreshed()).hasSize(2);
        assertThat(outcome.left()).hasSize(3);
    }
}
