package dev.waypoint.scoring;

import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.shared.Weight;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupTest {

    private static final CycleId CYCLE = new CycleId(1);

    @Test
    void givenSalesTargetsWeightedBySize_weightedMean_isNotAPlainMean() {
        // landscape §2 #3 (MicrosoftDocs/Viva#518): targets of $100k / $20k / $1k must weigh 82.6 / 16.5 / 0.8 %,
        // not 33 % each; with only the $100k target met the objective is at 0.826, not 0.333
        List<Contribution> sales = List.of(part(100_000, 1), part(20_000, 0), part(1_000, 0));

        Progress progress = Rollup.weightedMean(sales);

        assertThat(progress.clamped()).isCloseTo(100.0 / 121, within(1e-12)).isNotCloseTo(1.0 / 3, within(0.1));
    }

    @Test
    void givenUnknownParts_weightedMean_leavesThemOut() {
        Progress progress = Rollup.weightedMean(List.of(part(1, 0.5),
                new Contribution(new Weight(5), Progress.unknown(ProgressWarning.NO_ISSUES))));

        assertThat(progress.clamped()).isEqualTo(0.5);
    }

    @Test
    void givenNothingKnown_weightedMean_isUnknown() {
        assertThat(Rollup.weightedMean(List.of()).warning()).isEqualTo(ProgressWarning.NOTHING_TO_ROLL_UP);
        assertThat(Rollup.weightedMean(List.of(new Contribution(Weight.ONE,
                Progress.unknown(ProgressWarning.NO_VALUE)))).isKnown()).isFalse();
    }

    @Test
    void givenOverAchievedPart_weightedMean_doesNotLetItHideAnotherPart() {
        Progress progress = Rollup.weightedMean(List.of(part(1, 2.0), part(1, 0)));

        assertThat(progress.unclamped()).isEqualTo(1.0);
        assertThat(progress.clamped()).isEqualTo(0.5);
    }

    @Test
    void givenObjectiveWithKeyResultsAndChildren_objectives_rollsUpContributingChildren() {
        Objective company = objective(1, null, 1, true, ObjectiveState.ACTIVE);
        Objective team = objective(2, company.id(), 3, true, ObjectiveState.ACTIVE);
        Objective notCounted = objective(3, company.id(), 1, false, ObjectiveState.ACTIVE);
        Objective abandoned = objective(4, company.id(), 1, true, ObjectiveState.ABANDONED);
        KeyResult own = keyResult(10, company, 1);
        KeyResult teamResult = keyResult(11, team, 1);
        KeyResult elsewhere = keyResult(12, notCounted, 1);
        KeyResult dropped = keyResult(13, abandoned, 1);
        Map<KeyResultId, Progress> progress = Map.of(own.id(), Progress.of(0), teamResult.id(), Progress.of(1),
                elsewhere.id(), Progress.of(0), dropped.id(), Progress.of(0));

        Map<ObjectiveId, Progress> result = Rollup.objectives(List.of(company, team, notCounted, abandoned),
                List.of(own, teamResult, elsewhere, dropped), progress);

        assertThat(result.get(team.id()).clamped()).isEqualTo(1);
        assertThat(result.get(company.id()).clamped()).isEqualTo(0.75);
    }

    @Test
    void givenObjectiveWithoutKeyResults_objectives_isUnknown() {
        Objective empty = objective(1, null, 1, true, ObjectiveState.ACTIVE);

        assertThat(Rollup.objectives(List.of(empty), List.of(), Map.of()).get(empty.id()).isKnown()).isFalse();
    }

    @Test
    void givenLoopInStoredData_objectives_terminates() {
        Objective a = objective(1, new ObjectiveId(2), 1, true, ObjectiveState.ACTIVE);
        Objective b = objective(2, new ObjectiveId(1), 1, true, ObjectiveState.ACTIVE);
        KeyResult result = keyResult(10, a, 1);

        Map<ObjectiveId, Progress> progress = Rollup.objectives(List.of(a, b), List.of(result),
                Map.of(result.id(), Progress.of(0.5)));

        assertThat(progress).containsOnlyKeys(a.id(), b.id());
        assertThat(progress.get(a.id()).clamped()).isEqualTo(0.5);
    }

    private static Contribution part(double weight, double progress) {
        return new Contribution(new Weight(weight), Progress.of(progress));
    }

    private static Objective objective(long id, ObjectiveId parent, double weight, boolean contributes,
            ObjectiveState state) {
        return anObjective(CYCLE).alignedTo(parent).weight(weight).contributesToParent(contributes).inState(state)
                .build().withId(new ObjectiveId(id));
    }

    private static KeyResult keyResult(long id, Objective objective, double weight) {
        return aKeyResult(objective.id()).weight(weight).build().withId(new KeyResultId(id));
    }
}
