package dev.waypoint.keyresult;

import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anInitiative;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static dev.waypoint.testdata.OkrTestData.keyResultCommand;
import static dev.waypoint.testdata.OkrTestData.text;
import static dev.waypoint.testdata.Refusals.fields;
import static dev.waypoint.testdata.Refusals.invalid;
import static dev.waypoint.testdata.Refusals.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Weight;
import dev.waypoint.testdata.OkrWorld;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KeyResultServiceTest {

    private final OkrWorld world = new OkrWorld();
    private final KeyResultService service = world.keyResultService();
    private final Cycle q1 = world.store(aCycle());
    private final Objective objective = world.store(anObjective(q1.id()));

    @Nested
    class Create {

        @Test
        void givenValidMetric_create_storesKeyResultWithDefaults() {
            KeyResult created = service.create(keyResultCommand().title(" Response time ").unit(" h ")
                    .measure(MeasureSpec.metric(8d, 4d)).create(objective.id()));

            assertThat(created.title()).isEqualTo("Response time");
            assertThat(created.unit()).isEqualTo("h");
            assertThat(created.weight()).isEqualTo(Weight.ONE);
            assertThat(created.measure()).isEqualTo(new Measure.Metric(8, 4));
            assertThat(created.source()).isEqualTo(ValueSource.manual());
            assertThat(world.keyResults.all()).containsExactly(created);
        }

        @Test
        void givenEachMeasureSpec_create_buildsTheMeasureWithDefaults() {
            assertThat(measureOf(MeasureSpec.threshold(95d, null, null, null)))
                    .isEqualTo(new Measure.Threshold(95.0, null, 0, Judgement.LATEST));
            assertThat(measureOf(MeasureSpec.milestone(new MilestoneSpec(" Design ", null),
                    new MilestoneSpec("Build", 3d)))).isEqualTo(new Measure.Milestone(List.of(
                            new MilestoneItem("Design", Weight.ONE), new MilestoneItem("Build", new Weight(3)))));
            assertThat(measureOf(MeasureSpec.milestone())).isEqualTo(new Measure.Milestone(List.of()));
            assertThat(measureOf(MeasureSpec.issues(null, null, null)))
                    .isEqualTo(new Measure.Issues(IssuesMode.COUNT, IssuesScope.LIVE, null));
            assertThat(measureOf(MeasureSpec.issues(IssuesMode.TIME, IssuesScope.FROZEN, 36_000d)))
                    .isEqualTo(new Measure.Issues(IssuesMode.TIME, IssuesScope.FROZEN, 36_000d));
        }

        @Test
        void givenKpiOrJqlSourceForMetric_create_storesTheSource() {
            KeyResult fromKpi = service.create(keyResultCommand().source(ValueSourceSpec.kpi(new KpiId(8)))
                    .create(objective.id()));
            KeyResult fromJql = service.create(keyResultCommand().source(ValueSourceSpec.jql("project = SUP"))
                    .create(objective.id()));

            assertThat(fromKpi.source()).isEqualTo(new ValueSource.Kpi(new KpiId(8)));
            assertThat(fromJql.source()).isEqualTo(new ValueSource.Jql("project = SUP"));
        }

        @Test
        void givenEveryFieldBad_create_reportsEveryFieldAndStoresNothing() {
            InvalidInputException e = invalid(() -> service.create(keyResultCommand().title(" ").weight(-1d)
                    .unit(text(33)).measure(MeasureSpec.metric(5d, 5d)).source(ValueSourceSpec.jql(text(4_001)))
                    .create(objective.id())));

            assertThat(e.errors()).extracting(f -> f.field() + " " + f.messageKey()).containsExactly(
                    "title waypoint.keyresult.title.required",
                    "weight waypoint.keyresult.weight.outOfRange",
                    "unit waypoint.keyresult.unit.tooLong",
                    "measure.target waypoint.keyresult.measure.target.equalsBaseline",
                    "source.jql waypoint.keyresult.source.jql.tooLong");
            assertThat(e.errors().get(3).message()).isEqualTo("Target must differ from the baseline, both are 5");
            assertThat(world.keyResults.all()).isEmpty();
        }

        @Test
        void givenMissingMeasureOrType_create_reportsMeasure() {
            assertThat(fields(() -> service.create(keyResultCommand().measure(null).create(objective.id()))))
                    .containsExactly("measure");
            assertThat(fields(() -> service.create(keyResultCommand().measure(new MeasureSpec(null, 1d, 2d, null,
                    null, null, null, null, null, null, null)).create(objective.id()))))
                    .containsExactly("measure.type");
        }

        @Test
        void givenBadMetricNumbers_create_reportsBaselineAndTarget() {
            assertThat(keys(() -> create(MeasureSpec.metric(null, null)))).containsExactly(
                    "waypoint.keyresult.measure.baseline.required", "waypoint.keyresult.measure.target.required");
            assertThat(fields(() -> create(MeasureSpec.metric(Double.NaN, Double.NEGATIVE_INFINITY))))
                    .containsExactly("measure.baseline", "measure.target");
            assertThat(keys(() -> create(MeasureSpec.metric(0d, 1e16))))
                    .containsExactly("waypoint.keyresult.measure.target.invalid");
        }

        @Test
        void givenBadThreshold_create_reportsItsFields() {
            assertThat(fields(() -> create(MeasureSpec.threshold(null, null, null, null))))
                    .containsExactly("measure.min");
            assertThat(keys(() -> create(MeasureSpec.threshold(10d, 5d, -1d, null)))).containsExactly(
                    "waypoint.keyresult.measure.max.belowMin", "waypoint.keyresult.measure.tolerance.invalid");
            assertThat(fields(() -> create(MeasureSpec.threshold(Double.NaN, 5d, Double.NaN, null))))
                    .containsExactly("measure.min", "measure.tolerance");
        }

        @Test
        void givenBadMilestones_create_reportsEachByIndex() {
            assertThat(fields(() -> create(MeasureSpec.milestone(new MilestoneSpec("Fine", 1d),
                    new MilestoneSpec("", 0d), null)))).containsExactly("measure.milestones[1].title",
                            "measure.milestones[1].weight", "measure.milestones[2].title");
            MilestoneSpec[] tooMany = IntStream.range(0, 51).mapToObj(i -> new MilestoneSpec("M" + i, null))
                    .toArray(MilestoneSpec[]::new);
            assertThat(keys(() -> create(MeasureSpec.milestone(tooMany))))
                    .containsExactly("waypoint.keyresult.measure.milestones.tooMany");
            assertThat(Arrays.asList(tooMany)).hasSize(51);
        }

        @Test
        void givenBadFrozenTotal_create_reportsIt() {
            assertThat(keys(() -> create(MeasureSpec.issues(IssuesMode.COUNT, IssuesScope.LIVE, 10d))))
                    .containsExactly("waypoint.keyresult.measure.frozenTotal.notAllowed");
            assertThat(keys(() -> create(MeasureSpec.issues(IssuesMode.COUNT, IssuesScope.FROZEN, 0d))))
                    .containsExactly("waypoint.keyresult.measure.frozenTotal.invalid");
        }

        @Test
        void givenBadSources_create_reportsThem() {
            assertThat(keys(() -> service.create(keyResultCommand().measure(MeasureSpec.milestone())
                    .source(ValueSourceSpec.kpi(new KpiId(1))).create(objective.id()))))
                    .containsExactly("waypoint.keyresult.source.notAllowed");
            assertThat(keys(() -> service.create(keyResultCommand().source(ValueSourceSpec.kpi(null))
                    .create(objective.id())))).containsExactly("waypoint.keyresult.source.kpiId.required");
            assertThat(keys(() -> service.create(keyResultCommand().source(ValueSourceSpec.jql(" "))
                    .create(objective.id())))).containsExactly("waypoint.keyresult.source.jql.required");
            assertThat(keys(() -> service.create(keyResultCommand().source(ValueSourceSpec.jql("a\u0007b"))
                    .create(objective.id())))).containsExactly("waypoint.keyresult.source.jql.controlCharacters");
        }

        @Test
        void givenMissingUnknownOrClosedObjective_create_isRefused() {
            Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));
            Objective old = world.store(anObjective(closed.id()));

            assertThat(fields(() -> service.create(keyResultCommand().create(null)))).containsExactly("objectiveId");
            assertThatThrownBy(() -> service.create(keyResultCommand().create(new ObjectiveId(99))))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.create(keyResultCommand().create(old.id())))
                    .isInstanceOf(ConflictException.class);
            assertThat(world.keyResults.all()).isEmpty();
        }

        private Measure measureOf(MeasureSpec spec) {
            return service.create(keyResultCommand().measure(spec).create(objective.id())).measure();
        }

        private KeyResult create(MeasureSpec spec) {
            return service.create(keyResultCommand().measure(spec).create(objective.id()));
        }
    }

    @Nested
    class Update {

        @Test
        void givenCurrentVersion_update_replacesTheFieldsAndIncrementsVersion() {
            KeyResult stored = world.store(aKeyResult(objective.id()));

            KeyResult updated = service.update(keyResultCommand().title("Zero open P1 bugs")
                    .measure(MeasureSpec.threshold(null, 0d, 2d, Judgement.WORST)).update(stored.id(), 0));

            assertThat(updated.version()).isEqualTo(1);
            assertThat(updated.objectiveId()).isEqualTo(objective.id());
            assertThat(updated.measure()).isEqualTo(new Measure.Threshold(null, 0.0, 2, Judgement.WORST));
            assertThat(world.keyResults.findById(stored.id())).contains(updated);
        }

        @Test
        void givenStaleVersion_update_isRefusedWithConflictAndChangesNothing() {
            KeyResult stored = world.store(aKeyResult(objective.id()));
            service.update(keyResultCommand().title("First").update(stored.id(), 0));
            OkrWorld.Contents before = world.contents();

            assertThatThrownBy(() -> service.update(keyResultCommand().title("Second").update(stored.id(), 0)))
                    .isInstanceOf(ConflictException.class);
            assertThat(world.contents()).isEqualTo(before);
        }

        @Test
        void givenBadInput_update_reportsItAndChangesNothing() {
            KeyResult stored = world.store(aKeyResult(objective.id()));
            OkrWorld.Contents before = world.contents();

            assertThat(fields(() -> service.update(keyResultCommand().weight(0d).update(stored.id(), 0))))
                    .containsExactly("weight");
            assertThat(world.contents()).isEqualTo(before);
        }
    }

    @Nested
    class Delete {

        @Test
        void givenKeyResultWithHistoryAndLinks_delete_removesThemToo() {
            KeyResult doomed = world.store(aKeyResult(objective.id()));
            KeyResult kept = world.store(aKeyResult(objective.id()));
            world.store(aCheckIn(doomed.id()));
            world.initiatives.insert(anInitiative(doomed.id(), 5));
            world.initiatives.insert(anInitiative(kept.id(), 5));

            service.delete(doomed.id());

            assertThat(world.keyResults.all()).containsExactly(kept);
            assertThat(world.checkIns.all()).isEmpty();
            assertThat(world.initiatives.all()).extracting(i -> i.keyResultId()).containsExactly(kept.id());
            assertThat(world.transactions.count()).isEqualTo(1);
        }

        @Test
        void givenUnknownKeyResult_delete_throwsNotFound() {
            assertThatThrownBy(() -> service.delete(new KeyResultId(99))).isInstanceOf(NotFoundException.class);
        }
    }
}
