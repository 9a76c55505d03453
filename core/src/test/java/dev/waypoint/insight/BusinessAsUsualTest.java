package dev.waypoint.insight;

import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.keyresult.Judgement;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.testdata.KeyResultBuilder;
import dev.waypoint.testdata.OkrTestData;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Business as usual" (DESIGN §3, seed 001): the same key result in this and the previous two cycles. */
class BusinessAsUsualTest {

    private final InsightWorld world = new InsightWorld();
    private Cycle q3;
    private Cycle q4;
    private Cycle q1;

    @BeforeEach
    void quartersAndAYear() {
        q3 = world.okr.store(aCycle().named("Q3 2025").from(LocalDate.of(2025, 7, 1)).to(LocalDate.of(2025, 9, 30))
                .inState(CycleState.CLOSED));
        q4 = world.okr.store(aCycle().named("Q4 2025").from(LocalDate.of(2025, 10, 1))
                .to(LocalDate.of(2025, 12, 31)).inState(CycleState.CLOSED));
        world.okr.store(aCycle().named("2025").from(LocalDate.of(2025, 1, 1)).to(LocalDate.of(2025, 12, 31))
                .inState(CycleState.CLOSED));
        q1 = world.okr.store(aCycle().named("Q1 2026"));
    }

    /** A key result in an objective of {@code cycle}; returns it. */
    private KeyResult keyResultIn(Cycle cycle, UnaryOperator<KeyResultBuilder> change) {
        Objective objective = world.okr.store(anObjective(cycle.id()));
        return world.okr.store(change.apply(aKeyResult(objective.id())));
    }

    @Test
    void givenSameJqlInThisAndThePreviousTwoQuarters_insights_proposeAJqlCountKpi() {
        UnaryOperator<KeyResultBuilder> bugs = kr -> kr.titled("Bugs").metric(40, 10).unit("bugs")
                .source(new ValueSource.Jql("type = Bug AND resolution is EMPTY"));
        KeyResult older = keyResultIn(q3, kr -> bugs.apply(kr).titled("Squash bugs")
                .source(new ValueSource.Jql("type = Bug  AND resolution IS EMPTY")));
        KeyResult previous = keyResultIn(q4, bugs);
        KeyResult current = keyResultIn(q1, bugs);

        Insight insight = world.insights(InsightType.BUSINESS_AS_USUAL).get(0);

        assertThat(insight.keyResults()).containsExactly(current.id(), previous.id(), older.id());
        assertThat(insight.message()).isEqualTo("Key result \"Bugs\" repeats in this and the previous 2 cycles: "
                + "this looks like business as usual, track it as a KPI");
        assertThat(insight.proposal()).isEqualTo(new InsightProposal.KpiConversion(insight.keyResults(), null,
                new KpiDefinition("Bugs", null, "bugs", KpiFormat.NUMBER, KpiDirection.LOWER_IS_BETTER, 10d, null,
                        KpiTestData.ALICE, OkrTestData.SUPPORT, null, null,
                        new KpiSource.JqlCount("type = Bug AND resolution is EMPTY"))));
    }

    @Test
    void givenNearIdenticalTitlesEveryQuarter_insights_proposeAManualKpiFromTheMeasure() {
        keyResultIn(q3, kr -> kr.titled("Keep CSAT at 95%").measure(new Measure.Threshold(0.95, null, 0,
                Judgement.LATEST)));
        keyResultIn(q4, kr -> kr.titled("keep CSAT at 96 %"));
        KeyResult current = keyResultIn(q1, kr -> kr.titled("Keep csat at 97%!")
                .measure(new Measure.Threshold(0.97, null, 0.05, Judgement.AVERAGE)));

        Insight insight = world.insights(InsightType.BUSINESS_AS_USUAL).get(0);

        assertThat(insight.keyResults()).startsWith(current.id());
        KpiDefinition definition = ((InsightProposal.KpiConversion) insight.proposal()).definition();
        assertThat(definition.direction()).isEqualTo(KpiDirection.HIGHER_IS_BETTER);
        assertThat(definition.target()).isEqualTo(0.97);
        assertThat(definition.source()).isEqualTo(new KpiSource.Manual());
    }

    @Test
    void givenKeyResultsBoundToTheSameKpi_insights_proposeTrackingThatKpi() {
        KpiId kpi = new KpiId(7);
        keyResultIn(q3, kr -> kr.titled("A").source(new ValueSource.Kpi(kpi)));
        keyResultIn(q4, kr -> kr.titled("B").source(new ValueSource.Kpi(kpi)));
        keyResultIn(q1, kr -> kr.titled("C").source(new ValueSource.Kpi(kpi)));

        Insight insight = world.insights(InsightType.BUSINESS_AS_USUAL).get(0);

        assertThat(((InsightProposal.KpiConversion) insight.proposal()).existingKpi()).isEqualTo(kpi);
    }

    @Test
    void givenRepeatInOnlyOnePreviousQuarter_insights_reportNothing() {
        keyResultIn(q4, kr -> kr.titled("Reduce open tickets"));
        keyResultIn(q1, kr -> kr.titled("Reduce open tickets"));
        keyResultIn(q3, kr -> kr.titled("Launch the help center"));

        assertThat(world.insights(InsightType.BUSINESS_AS_USUAL)).isEmpty();
    }

    @Test
    void givenRepeatsInAnotherProject_insights_reportNothing() {
        Objective otherProject = world.okr.store(anObjective(q3.id()).level(
                ObjectiveLevel.TEAM, OkrTestData.OPERATIONS));
        world.okr.store(aKeyResult(otherProject.id()).titled("Reduce open tickets"));
        keyResultIn(q4, kr -> kr.titled("Reduce open tickets"));
        keyResultIn(q1, kr -> kr.titled("Reduce open tickets"));

        assertThat(world.insights(InsightType.BUSINESS_AS_USUAL)).isEmpty();
    }

    @Test
    void givenCycles_previousCycles_areTheTwoLatestOfSimilarLengthBeforeTheCycle() {
        assertThat(BusinessAsUsual.previousCycles(world.okr.cycles.findAll(), q1)).containsExactly(q4, q3);
        assertThat(BusinessAsUsual.previousCycles(world.okr.cycles.findAll(), q3)).isEmpty();
    }

    @Test
    void givenDifferentMeasurements_sameMeasurement_needsKpiJqlOrTitle() {
        Objective objective = world.okr.store(anObjective(q1.id()));
        KeyResult a = world.okr.store(aKeyResult(objective.id()).titled("Reduce bugs")
                .source(new ValueSource.Jql("type = Bug")));
        KeyResult b = world.okr.store(aKeyResult(objective.id()).titled("Ship the new portal")
                .source(new ValueSource.Jql("type = Bug")));
        KeyResult c = world.okr.store(aKeyResult(objective.id()).titled("Ship the portal v2")
                .source(new ValueSource.Kpi(new KpiId(1))));

        assertThat(BusinessAsUsual.sameMeasurement(a, b, 0.8)).isTrue();
        assertThat(BusinessAsUsual.sameMeasurement(b, c, 0.8)).isFalse();
        assertThat(BusinessAsUsual.sameMeasurement(a, c, 0.8)).isFalse();
    }
}
