package dev.waypoint.insight;

import static dev.waypoint.kpi.testdata.KpiTestData.ALICE;
import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.kpi.testdata.KpiTestData.daysAgo;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiTargetChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Target raised without an OKR" (DESIGN §3, seed 001). */
class TargetRaisedTest {

    private final InsightWorld world = new InsightWorld();
    private Kpi backlog;

    @BeforeEach
    void lowerIsBetterKpi() {
        backlog = world.store(aKpi().named("Backlog").bands(KpiDirection.LOWER_IS_BETTER, 15, 30d));
    }

    private void changed(double daysAgo, double from, double to) {
        world.targetChanges.add(new KpiTargetChange(backlog.id(), daysAgo(daysAgo), from, to,
                KpiDirection.LOWER_IS_BETTER, ALICE));
    }

    @Test
    void givenTargetMadeMoreAmbitiousWithoutActiveObjective_insights_reportIt() {
        changed(3, 20, 15);

        Insight insight = world.insights(InsightType.TARGET_RAISED_WITHOUT_OKR).get(0);

        assertThat(insight.kpis()).containsExactly(backlog.id());
        assertThat(insight.message()).isEqualTo("The target of KPI \"Backlog\" was raised from 20 to 15 while no "
                + "active objective is aligned to it: create an OKR to reach it");
        assertThat(insight.proposal()).isEqualTo(new InsightProposal.OkrDraft("Reach the new target of \"Backlog\"",
                "Backlog", backlog.owner(), backlog.project(), new Measure.Metric(20, 15),
                new ValueSource.Kpi(backlog.id()), backlog.unit()));
    }

    @Test
    void givenACurrentValue_theProposedOkr_startsFromItAndAimsAtTheNewTarget() {
        world.value(backlog, 1, 24);
        changed(3, 20, 15);

        InsightProposal.OkrDraft draft = (InsightProposal.OkrDraft) world
                .insights(InsightType.TARGET_RAISED_WITHOUT_OKR).get(0).proposal();

        assertThat(draft.measure()).isEqualTo(new Measure.Metric(24, 15));
        assertThat(draft.source()).isEqualTo(new ValueSource.Kpi(backlog.id()));
    }

    @Test
    void givenTheKpiAlreadyAtTheNewTarget_theInsight_proposesNoOkr() {
        world.value(backlog, 1, 15);
        changed(3, 20, 15);

        assertThat(world.insights(InsightType.TARGET_RAISED_WITHOUT_OKR).get(0).proposal()).isNull();
    }

    @Test
    void givenTargetRelaxed_insights_reportNothing() {
        changed(3, 15, 20);

        assertThat(world.insights(InsightType.TARGET_RAISED_WITHOUT_OKR)).isEmpty();
    }

    @Test
    void givenRaiseThenRelax_insights_judgeTheLatestChange() {
        changed(5, 20, 10);
        changed(2, 10, 15);

        assertThat(world.insights(InsightType.TARGET_RAISED_WITHOUT_OKR)).isEmpty();
    }

    @Test
    void givenRaiseOlderThan30Days_insights_reportNothing() {
        changed(31, 20, 15);

        assertThat(world.insights(InsightType.TARGET_RAISED_WITHOUT_OKR)).isEmpty();
    }

    @Test
    void givenActiveObjectiveAligned_insights_reportNothing() {
        changed(3, 20, 15);
        Cycle cycle = world.okr.store(aCycle());
        world.okr.store(anObjective(cycle.id()).alignedKpis(backlog.id()));

        assertThat(world.insights(InsightType.TARGET_RAISED_WITHOUT_OKR)).isEmpty();
    }
}
