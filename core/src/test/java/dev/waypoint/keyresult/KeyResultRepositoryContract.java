package dev.waypoint.keyresult;

import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.Weight;
import dev.waypoint.testdata.ManyIds;
import dev.waypoint.testdata.OkrRepositories;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every {@link KeyResultRepository}: every measure and value source survives a round trip. A subclass
 * supplies fresh, empty repositories sharing one store in {@link #createRepositories()}.
 */
public abstract class KeyResultRepositoryContract {

    private OkrRepositories repositories;
    private KeyResultRepository keyResults;
    private Objective objective;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract OkrRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        repositories = createRepositories();
        keyResults = repositories.keyResults();
        Cycle cycle = repositories.cycles().insert(aCycle().build());
        objective = repositories.objectives().insert(anObjective(cycle.id()).build());
    }

    static Stream<KeyResultVariant> variants() {
        return Stream.of(
                new KeyResultVariant("increasing metric", new Measure.Metric(0, 100), ValueSource.manual()),
                new KeyResultVariant("decreasing metric", new Measure.Metric(8.5, -4.25), ValueSource.manual()),
                new KeyResultVariant("metric from a KPI", new Measure.Metric(12, 20),
                        new ValueSource.Kpi(new KpiId(42))),
                new KeyResultVariant("metric from JQL", new Measure.Metric(50, 0),
                        new ValueSource.Jql("project = SUP AND text ~ \"" + "ü".repeat(Limits.JQL - 27) + "\"")),
                new KeyResultVariant("metric from JQL counted in named projects", new Measure.Metric(0, 9),
                        new ValueSource.Jql("type = Bug", Set.of(new ProjectKey("WEB"), new ProjectKey("APP_2")))),
                new KeyResultVariant("threshold min", new Measure.Threshold(95.0, null, 5, Judgement.LATEST),
                        ValueSource.manual()),
                new KeyResultVariant("threshold max", new Measure.Threshold(null, 12.0, 0, Judgement.AVERAGE),
                        new ValueSource.Kpi(new KpiId(7))),
                new KeyResultVariant("threshold range", new Measure.Threshold(220_000.0, 240_000.0, 10_000,
                        Judgement.WORST), ValueSource.manual()),
                new KeyResultVariant("plain milestone", new Measure.Milestone(List.of()), ValueSource.manual()),
                new KeyResultVariant("milestone checklist", new Measure.Milestone(List.of(
                        new MilestoneItem("Design", new Weight(1)), new MilestoneItem("Build", new Weight(3)),
                        new MilestoneItem("Launch ✓", new Weight(0.5)))), ValueSource.manual()),
                new KeyResultVariant("live issues", new Measure.Issues(IssuesMode.COUNT, IssuesScope.LIVE, null),
                        ValueSource.manual()),
                new KeyResultVariant("frozen story points", new Measure.Issues(IssuesMode.STORY_POINTS,
                        IssuesScope.FROZEN, 144.5), ValueSource.manual()),
                new KeyResultVariant("frozen time, not yet fixed", new Measure.Issues(IssuesMode.TIME,
                        IssuesScope.FROZEN, null), ValueSource.manual()),
                new KeyResultVariant("status categories", new Measure.Issues(IssuesMode.STATUS_CATEGORY,
                        IssuesScope.LIVE, null), ValueSource.manual()));
    }

    /** A measure with a source, named for the test report. */
    record KeyResultVariant(String name, Measure measure, ValueSource source) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void givenKeyResultOfEachMeasureAndSource_insertAndFindById_returnsEqualKeyResult(KeyResultVariant variant) {
        KeyResult keyResult = aKeyResult(objective.id()).measure(variant.measure()).source(variant.source())
                .unit("tickets/agent").weight(20_000).build();

        KeyResult stored = keyResults.insert(keyResult);

        assertThat(stored.version()).isZero();
        assertThat(keyResults.findById(stored.id())).contains(keyResult.withId(stored.id()));
    }

    @Test
    void givenKeyResultWithoutOwnerAndUnit_insertAndFindById_keepsThemEmpty() {
        KeyResult bare = aKeyResult(objective.id()).ownedBy(null).unit(null).build();

        KeyResult stored = keyResults.insert(bare);

        assertThat(keyResults.findById(stored.id())).contains(bare.withId(stored.id()));
    }

    @Test
    void givenUnknownId_findById_isEmpty() {
        assertThat(keyResults.findById(new KeyResultId(424_242))).isEmpty();
    }

    @Test
    void givenKeyResultWithId_insert_isRefused() {
        KeyResult withId = aKeyResult(objective.id()).build().withId(new KeyResultId(7));

        assertThatThrownBy(() -> keyResults.insert(withId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenStoredKeyResult_updateToAnotherMeasure_storesItAndIncrementsVersion() {
        KeyResult stored = keyResults.insert(aKeyResult(objective.id()).build());
        KeyResult changed = new KeyResult(stored.id(), objective.id(), "Renamed", null, new Weight(3), "%",
                new Measure.Milestone(List.of(new MilestoneItem("Only", Weight.ONE))), ValueSource.manual(),
                stored.version());

        KeyResult updated = keyResults.update(changed);

        assertThat(updated).isEqualTo(changed.withVersion(1));
        assertThat(keyResults.findById(stored.id())).contains(updated);
    }

    @Test
    void givenStaleVersion_update_throwsConflictAndKeepsStoredKeyResult() {
        KeyResult stored = keyResults.insert(aKeyResult(objective.id()).build());
        KeyResult current = keyResults.update(aKeyResult(objective.id()).titled("First").build()
                .withId(stored.id()));

        assertThatThrownBy(() -> keyResults.update(aKeyResult(objective.id()).titled("Second").build()
                .withId(stored.id()))).isInstanceOf(ConflictException.class);
        assertThat(keyResults.findById(stored.id())).contains(current);
    }

    @Test
    void givenUnknownId_update_throwsNotFound() {
        KeyResult ghost = aKeyResult(objective.id()).build().withId(new KeyResultId(424_242));

        assertThatThrownBy(() -> keyResults.update(ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenKeyResultsOfObjectives_findByObjectiveIds_findsThoseOrderedById() {
        Objective other = repositories.objectives().insert(anObjective(objective.cycleId()).build());
        Objective third = repositories.objectives().insert(anObjective(objective.cycleId()).build());
        KeyResult a = keyResults.insert(aKeyResult(objective.id()).build());
        KeyResult b = keyResults.insert(aKeyResult(third.id()).build());
        keyResults.insert(aKeyResult(other.id()).build());
        KeyResult c = keyResults.insert(aKeyResult(objective.id()).build());

        assertThat(keyResults.findByObjectiveIds(List.of(third.id(), objective.id()))).containsExactly(a, b, c);
        assertThat(keyResults.findByObjectiveIds(List.of())).isEmpty();
    }

    @Test
    void givenMoreThan1000Ids_findersByCollections_findEveryMatchOnce() {
        KeyResult a = keyResults.insert(aKeyResult(objective.id()).build());
        KeyResult b = keyResults.insert(aKeyResult(objective.id()).build());
        KeyResult c = keyResults.insert(aKeyResult(objective.id()).build());

        assertThat(keyResults.findByIds(ManyIds.around(List.of(a.id().value(), b.id().value(), c.id().value()),
                KeyResultId::new))).containsExactly(a, b, c);
        assertThat(keyResults.findByObjectiveIds(ManyIds.around(List.of(objective.id().value()), ObjectiveId::new)))
                .containsExactly(a, b, c);
        assertThat(keyResults.findByIds(List.of())).isEmpty();
    }

    @Test
    void givenStoredKeyResults_deleteByIds_removesOnlyThose() {
        KeyResult a = keyResults.insert(aKeyResult(objective.id()).build());
        KeyResult b = keyResults.insert(aKeyResult(objective.id()).build());
        KeyResult kept = keyResults.insert(aKeyResult(objective.id()).build());

        keyResults.deleteByIds(List.of(a.id(), b.id(), new KeyResultId(424_242)));
        keyResults.deleteByIds(List.of());

        assertThat(keyResults.findByObjectiveIds(List.of(objective.id()))).containsExactly(kept);
    }
}
