package dev.waypoint.insight;

import static dev.waypoint.kpi.testdata.KpiTestData.ALICE;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.alignment.KpiAlignment;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.testdata.OkrTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "KPI needs an OKR" (DESIGN §3, seed 001): unhealthy for N days with no ACTIVE aligned objective. */
class KpiNeedsOkrTest {

    private final InsightWorld world = new InsightWorld();
    private Kpi responseTime;
    private Cycle cycle;

    @BeforeEach
    void kpiRedForEightDays() {
        cycle = world.okr.store(aCycle());
        responseTime = world.store(aKpi().named("Average response time").unit("min")
                .bands(KpiDirection.LOWER_IS_BETTER, 30, 40d));
        world.value(responseTime, 12, 25);
        world.value(responseTime, 8, 45);
        world.value(responseTime, 4, 50);
        world.value(responseTime, 0, 52);
    }

    @Test
    void givenKpiRedForMoreThan7DaysWithoutAlignedObjective_insights_proposeAPrefilledOkr() {
        Insight insight = world.insights(InsightType.KPI_NEEDS_OKR).get(0);

        assertThat(insight.kpis()).containsExactly(responseTime.id());
        assertThat(insight.message()).isEqualTo("KPI \"Average response time\" has been RED for 7 days and no active "
                + "objective is aligned to it: create an OKR to fix it");
        assertThat(insight.messageKey()).isEqualTo("waypoint.insight.kpiNeedsOkr");
        assertThat(insight.args()).containsExactly("Average response time", "RED", "7");
        assertThat(insight.proposal()).isEqualTo(new InsightProposal.OkrDraft(
                "Bring \"Average response time\" back to target", "Average response time", ALICE,
                OkrTestData.SUPPORT, new Measure.Metric(52, 30), new ValueSource.Kpi(responseTime.id()), "min"));
    }

    @Test
    void givenKpiRedForOnlyFiveDays_insights_doNotAskForAnOkrYet() {
        world.values.clear();
        world.value(responseTime, 8, 25);
        world.value(responseTime, 5, 45);
        world.value(responseTime, 0, 52);

        assertThat(world.insights(InsightType.KPI_NEEDS_OKR)).isEmpty();
    }

    @Test
    void givenActiveObjectiveAlignedThroughTheObjective_insights_doNotAskForAnOkr() {
        world.okr.store(anObjective(cycle.id()).alignedKpis(responseTime.id()));

        assertThat(world.insights(InsightType.KPI_NEEDS_OKR)).isEmpty();
    }

    @Test
    void givenActiveObjectiveAlignedThroughTheAlignmentPort_insights_doNotAskForAnOkr() {
        Objective objective = world.okr.store(anObjective(cycle.id()));
        world.alignments.add(new KpiAlignment(objective.id(), responseTime.id()));

        assertThat(world.insights(InsightType.KPI_NEEDS_OKR)).isEmpty();
    }

    @Test
    void givenOnlyADraftOrClosedObjectiveAligned_insights_stillAskForAnOkr() {
        world.okr.store(anObjective(cycle.id()).inState(ObjectiveState.DRAFT).alignedKpis(responseTime.id()));
        world.okr.store(anObjective(cycle.id()).inState(ObjectiveState.CLOSED).alignedKpis(responseTime.id()));

        assertThat(world.insights(InsightType.KPI_NEEDS_OKR)).hasSize(1);
    }

    @Test
    void givenKpiAmberForEightDays_insights_askForAnOkrOnlyWhenAmberCounts() {
        world.values.clear();
        world.value(responseTime, 9, 35);
        world.value(responseTime, 0, 38);

        assertThat(world.insights(InsightType.KPI_NEEDS_OKR)).isEmpty();
        world.settings = new InsightSettings(7, true, 14, 0.8, 30);
        assertThat(world.insights(InsightType.KPI_NEEDS_OKR)).singleElement()
                .satisfies(i -> assertThat(i.args()).contains("AMBER"));
    }

    @Test
    void givenFailedRefreshesDuringTheRedStreak_insights_ignoreThem() {
        world.values.add(KpiValue.failed(responseTime.id(), KpiTestData.daysAgo(2), KpiErrorCode.SEARCH_FAILED,
                "timeout"));

        assertThat(world.insights(InsightType.KPI_NEEDS_OKR)).hasSize(1);
    }

    @Test
    void givenShorterSetting_insights_askSooner() {
        world.values.clear();
        world.value(responseTime, 3, 45);
        world.value(responseTime, 0, 52);
        world.settings = new InsightSettings(2, false, 14, 0.8, 30);

        assertThat(world.insights(InsightType.KPI_NEEDS_OKR)).hasSize(1);
    }
}
