package dev.waypoint.insight;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anInitiative;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.objective.Objective;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import dev.waypoint.testdata.OkrTestData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SMART and data-quality warnings (DESIGN §3, seeds 003 and 004). */
class DataQualityTest {

    private final InsightWorld world = new InsightWorld();
    private Cycle cycle;
    private Objective objective;

    @BeforeEach
    void activeCycle() {
        cycle = world.okr.store(aCycle());
        objective = world.okr.store(anObjective(cycle.id()).titled("Delight customers"));
    }

    private static Measure.Issues issues(IssuesMode mode) {
        return new Measure.Issues(mode, IssuesScope.LIVE, null);
    }

    @Test
    void givenObjectiveAndKeyResultWithoutOwner_insights_reportBoth() {
        Objective ownerless = world.okr.store(anObjective(cycle.id()).titled("Nobody's").ownedBy(null));
        KeyResult keyResult = world.okr.store(aKeyResult(objective.id()).titled("Orphan").ownedBy(null)
                .source(new ValueSource.Jql("a = 1")));

        assertThat(world.insights(InsightType.NO_OWNER)).extracting(Insight::message).containsExactly(
                "Objective \"Nobody's\" has no owner", "Key result \"Orphan\" has no owner");
        assertThat(world.insights(InsightType.NO_OWNER).get(0).objectives()).containsExactly(ownerless.id());
        assertThat(world.insights(InsightType.NO_OWNER).get(1).keyResults()).containsExactly(keyResult.id());
    }

    @Test
    void givenCheckInsOfDifferentAges_insights_flagOnlyKeyResultsSilentFor14Days() {
        KeyResult silent = world.okr.store(aKeyResult(objective.id()).titled("Silent"));
        KeyResult recent = world.okr.store(aKeyResult(objective.id()).titled("Recent"));
        KeyResult never = world.okr.store(aKeyResult(objective.id()).titled("Never"));
        KeyResult automatic = world.okr.store(aKeyResult(objective.id()).source(new ValueSource.Jql("a = 1")));
        world.okr.store(aCheckIn(silent.id()).createdAt(daysAgo(20)).effective(OkrTestData.TODAY.minusDays(20)));
        world.okr.store(aCheckIn(recent.id()).createdAt(daysAgo(10)).effective(OkrTestData.TODAY.minusDays(10)));
        world.okr.store(aCheckIn(silent.id()).refreshed().createdAt(daysAgo(1)));

        assertThat(world.insights(InsightType.STALE_CHECK_IN)).extracting(Insight::message).containsExactly(
                "Key result \"Silent\" has had no check-in for 20 days", "Key result \"Never\" has had no check-in yet");
        assertThat(world.insights(InsightType.STALE_CHECK_IN)).flatExtracting(Insight::keyResults)
                .doesNotContain(recent.id(), automatic.id()).contains(never.id());
    }

    @Test
    void givenCycleYoungerThan14Days_insights_doNotFlagMissingCheckIns() {
        Cycle young = world.okr.store(aCycle().named("Sprint").from(OkrTestData.TODAY.minusDays(5))
                .to(OkrTestData.TODAY.plusDays(20)));
        world.okr.store(aKeyResult(world.okr.store(anObjective(young.id())).id()));

        assertThat(world.insights(InsightType.STALE_CHECK_IN)).isEmpty();
    }

    @Test
    void givenIssuesKeyResults_insights_flagMissingLinksAndUnestimatedStoryPoints() {
        KeyResult unlinked = world.okr.store(aKeyResult(objective.id()).titled("Unlinked")
                .measure(issues(IssuesMode.COUNT)));
        KeyResult points = world.okr.store(aKeyResult(objective.id()).titled("Points")
                .measure(issues(IssuesMode.STORY_POINTS)));
        KeyResult counted = world.okr.store(aKeyResult(objective.id()).titled("Counted")
                .measure(issues(IssuesMode.COUNT)));
        world.okr.initiatives.insert(anInitiative(points.id(), 1));
        world.okr.initiatives.insert(anInitiative(counted.id(), 2));
        world.statuses.put(points.id(), new KeyResultRefreshStatus(points.id(), NOW, null, 3));
        world.statuses.put(counted.id(), new KeyResultRefreshStatus(counted.id(), NOW, null, 3));

        assertThat(world.insights(InsightType.ISSUES_WITHOUT_LINKS)).singleElement()
                .satisfies(i -> assertThat(i.keyResults()).containsExactly(unlinked.id()));
        assertThat(world.insights(InsightType.UNESTIMATED_ISSUES)).singleElement().satisfies(i -> {
            assertThat(i.keyResults()).containsExactly(points.id());
            assertThat(i.message()).isEqualTo("Key result \"Points\" counts story points, but 3 linked issues are "
                    + "not estimated");
        });
    }

    @Test
    void givenFailingQueries_insights_reportJqlErrorsOfKpisAndKeyResults() {
        Kpi kpi = world.store(aKpi().named("Open tickets"));
        world.values.add(KpiValue.of(kpi.id(), daysAgo(2), 3));
        world.values.add(KpiValue.failed(kpi.id(), daysAgo(1), KpiErrorCode.SEARCH_FAILED,
                "Field 'sprint' does not exist."));
        KeyResult keyResult = world.okr.store(aKeyResult(objective.id()).titled("Bugs")
                .source(new ValueSource.Jql("sprint = 1")));
        world.statuses.put(keyResult.id(), new KeyResultRefreshStatus(keyResult.id(), NOW,
                KpiError.of(KpiErrorCode.SEARCH_FAILED, "Field 'sprint' does not exist."), 0));

        assertThat(world.insights(InsightType.JQL_ERROR)).extracting(Insight::message).containsExactly(
                "The query of key result \"Bugs\" fails: Field 'sprint' does not exist.",
                "The query of KPI \"Open tickets\" fails: Field 'sprint' does not exist.");
    }

    @Test
    void givenRatioWithZeroDenominatorThenRecovered_insights_reportOnlyTheLatestState() {
        Kpi broken = world.store(aKpi().named("FCR").source(new KpiSource.JqlRatio("a", "b")));
        Kpi recovered = world.store(aKpi().named("Recovered").source(new KpiSource.JqlRatio("a", "b")));
        world.values.add(KpiValue.failed(broken.id(), daysAgo(1), KpiErrorCode.DENOMINATOR_ZERO, ""));
        world.values.add(KpiValue.failed(recovered.id(), daysAgo(2), KpiErrorCode.DENOMINATOR_ZERO, ""));
        world.values.add(KpiValue.of(recovered.id(), daysAgo(1), 0.5));

        assertThat(world.insights(InsightType.DENOMINATOR_ZERO)).singleElement().satisfies(i -> {
            assertThat(i.kpis()).containsExactly(broken.id());
            assertThat(i.message()).isEqualTo("The denominator of KPI \"FCR\" is 0, so the ratio has no value");
        });
    }

    @Test
    void givenProblemsInAClosedCycle_insights_ignoreThem() {
        Cycle closed = world.okr.store(aCycle().named("Q4").from(LocalDate.of(2025, 10, 1))
                .to(LocalDate.of(2025, 12, 31)).inState(CycleState.CLOSED));
        Objective old = world.okr.store(anObjective(closed.id()).ownedBy(null));
        world.okr.store(aKeyResult(old.id()).ownedBy(null).measure(issues(IssuesMode.COUNT)));

        assertThat(world.insights()).isEmpty();
    }
}
