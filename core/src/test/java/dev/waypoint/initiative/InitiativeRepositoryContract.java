package dev.waypoint.initiative;

import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anInitiative;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.testdata.ManyIds;
import dev.waypoint.testdata.OkrRepositories;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link InitiativeRepository}, including the refusal of a second link between the same key
 * result and issue. A subclass supplies fresh, empty repositories sharing one store in {@link #createRepositories()}.
 */
public abstract class InitiativeRepositoryContract {

    private OkrRepositories repositories;
    private InitiativeRepository initiatives;
    private Objective objective;
    private KeyResult keyResult;
    private KeyResult other;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract OkrRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        repositories = createRepositories();
        initiatives = repositories.initiatives();
        Cycle cycle = repositories.cycles().insert(aCycle().build());
        objective = repositories.objectives().insert(anObjective(cycle.id()).build());
        keyResult = repositories.keyResults().insert(aKeyResult(objective.id()).build());
        other = repositories.keyResults().insert(aKeyResult(objective.id()).build());
    }

    @Test
    void givenNewLink_insertAndFind_returnsEqualLink() {
        Initiative link = anInitiative(keyResult.id(), 10_001);

        Initiative stored = initiatives.insert(link);

        assertThat(stored.id()).isNotNull();
        assertThat(initiatives.find(keyResult.id(), new IssueId(10_001))).contains(link.withId(stored.id()));
        assertThat(initiatives.find(other.id(), new IssueId(10_001))).isEmpty();
    }

    @Test
    void givenLinkedIssue_insertSameLinkAgain_isRefusedWithConflictAndStoresNothing() {
        Initiative first = initiatives.insert(anInitiative(keyResult.id(), 10_001));

        assertThatThrownBy(() -> initiatives.insert(anInitiative(keyResult.id(), 10_001)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).messageKey())
                .isEqualTo("waypoint.initiative.issueId.duplicate");
        assertThat(initiatives.findByKeyResultIds(List.of(keyResult.id()))).containsExactly(first);
    }

    @Test
    void givenIssueLinkedToOneKeyResult_insertForAnotherKeyResult_isAccepted() {
        Initiative first = initiatives.insert(anInitiative(keyResult.id(), 10_001));

        Initiative second = initiatives.insert(anInitiative(other.id(), 10_001));

        assertThat(initiatives.findByIssueIds(List.of(new IssueId(10_001)))).containsExactly(first, second);
    }

    @Test
    void givenLinkWithId_insert_isRefused() {
        Initiative withId = anInitiative(keyResult.id(), 1).withId(new InitiativeId(7));

        assertThatThrownBy(() -> initiatives.insert(withId)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenLinks_findByKeyResultIdsAndIssueIds_findMatchesOrderedById() {
        Initiative a = initiatives.insert(anInitiative(keyResult.id(), 1));
        Initiative b = initiatives.insert(anInitiative(other.id(), 2));
        Initiative c = initiatives.insert(anInitiative(keyResult.id(), 3));

        assertThat(initiatives.findByKeyResultIds(List.of(keyResult.id()))).containsExactly(a, c);
        assertThat(initiatives.findByIssueIds(List.of(new IssueId(3), new IssueId(2)))).containsExactly(b, c);
        assertThat(initiatives.findByKeyResultIds(List.of())).isEmpty();
        assertThat(initiatives.findByIssueIds(List.of())).isEmpty();
    }

    @Test
    void givenLinks_countByKeyResultIds_countsPerKeyResultAndLeavesOutThoseWithout() {
        KeyResult unlinked = repositories.keyResults().insert(aKeyResult(objective.id()).build());
        initiatives.insert(anInitiative(keyResult.id(), 1));
        initiatives.insert(anInitiative(keyResult.id(), 2));
        initiatives.insert(anInitiative(other.id(), 1));

        Map<KeyResultId, Integer> counts = initiatives.countByKeyResultIds(
                List.of(keyResult.id(), other.id(), unlinked.id()));

        assertThat(counts).containsOnly(Map.entry(keyResult.id(), 2), Map.entry(other.id(), 1));
        assertThat(initiatives.countByKeyResultIds(List.of())).isEmpty();
    }

    @Test
    void givenMoreThan1000Ids_findersByCollections_findEveryMatchOnce() {
        Initiative a = initiatives.insert(anInitiative(keyResult.id(), 11));
        Initiative b = initiatives.insert(anInitiative(other.id(), 12));
        List<Long> keyResultIds = List.of(keyResult.id().value(), other.id().value());

        assertThat(initiatives.findByKeyResultIds(ManyIds.around(keyResultIds, KeyResultId::new)))
                .containsExactly(a, b);
        assertThat(initiatives.countByKeyResultIds(ManyIds.around(keyResultIds, KeyResultId::new)))
                .containsOnly(Map.entry(keyResult.id(), 1), Map.entry(other.id(), 1));
        assertThat(initiatives.findByIssueIds(ManyIds.around(List.of(11L, 12L), IssueId::new)))
                .containsExactly(a, b);
    }

    @Test
    void givenLinks_delete_removesOnlyThatOne() {
        Initiative doomed = initiatives.insert(anInitiative(keyResult.id(), 1));
        Initiative kept = initiatives.insert(anInitiative(keyResult.id(), 2));

        initiatives.delete(doomed.id());
        initiatives.delete(new InitiativeId(424_242));

        assertThat(initiatives.findByKeyResultIds(List.of(keyResult.id()))).containsExactly(kept);
    }

    @Test
    void givenLinksOfSeveralKeyResults_deleteByKeyResultIds_removesOnlyTheirs() {
        initiatives.insert(anInitiative(keyResult.id(), 1));
        Initiative kept = initiatives.insert(anInitiative(other.id(), 1));

        initiatives.deleteByKeyResultIds(List.of(keyResult.id()));
        initiatives.deleteByKeyResultIds(List.of());

        assertThat(initiatives.findByIssueIds(List.of(new IssueId(1)))).containsExactly(kept);
    }
}
