package dev.waypoint.initiative;


import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.testdata.OkrWorld;
import org.junit.jupiter.api.Test;
import static dev.waypoint.testdata.OkrTestData.BOB;
import static dev.waypoint.testdata.OkrTestData.NOW;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static dev.waypoint.testdata.Refusals.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InitiativeServiceTest {

    private static final IssueId EPIC = new IssueId(10_001);

    private final OkrWorld world = new OkrWorld();
    private final InitiativeService service = world.initiativeService();
    private final Cycle q1 = world.store(aCycle());
    private final KeyResult keyResult = world.store(aKeyResult(world.store(anObjective(q1.id())).id()));

    @Test
    void givenIssue_link_storesTheLinkWithWhoAndWhen() {
        Initiative linked = service.link(new LinkInitiative(keyResult.id(), EPIC, BOB));

        assertThat(linked).isEqualTo(new Initiative(linked.id(), keyResult.id(), EPIC, BOB, NOW));
        assertThat(world.initiatives.all()).containsExactly(linked);
    }

    @Test
    void givenIssueLinkedAlready_link_isRefusedWithConflictAndStoresNothing() {
        Initiative first = service.link(new LinkInitiative(keyResult.id(), EPIC, BOB));

        assertThatThrownBy(() -> service.link(new LinkInitiative(keyResult.id(), EPIC, BOB, "APP-7")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("APP-7 is already linked to key result \"" + keyResult.title() + "\"");
        assertThat(world.initiatives.all()).containsExactly(first);
    }

    @Test
    void givenNoIssue_link_reportsIssueId() {
        assertThat(fields(() -> service.link(new LinkInitiative(keyResult.id(), null, BOB))))
                .containsExactly("issueId");
    }

    @Test
    void givenUnknownKeyResultOrClosedCycle_link_isRefused() {
        Cycle closed = world.store(aCycle().inState(CycleState.CLOSED));
        KeyResult old = world.store(aKeyResult(world.store(anObjective(closed.id())).id()));

        assertThatThrownBy(() -> service.link(new LinkInitiative(new KeyResultId(99), EPIC, BOB)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.link(new LinkInitiative(old.id(), EPIC, BOB)))
                .isInstanceOf(ConflictException.class);
        assertThat(world.initiatives.all()).isEmpty();
    }

    @Test
    void givenLinkedIssue_unlink_removesOnlyThatLink() {
        service.link(new LinkInitiative(keyResult.id(), EPIC, BOB));
        Initiative kept = service.link(new LinkInitiative(keyResult.id(), new IssueId(2), BOB));

        service.unlink(new UnlinkInitiative(keyResult.id(), EPIC));

        assertThat(world.initiatives.all()).containsExactly(kept);
    }

    @Test
    void givenIssueNotLinked_unlink_throwsNotFound() {
        assertThatThrownBy(() -> service.unlink(new UnlinkInitiative(keyResult.id(), EPIC)))
                .isInstanceOf(NotFoundException.class);
    }
}
