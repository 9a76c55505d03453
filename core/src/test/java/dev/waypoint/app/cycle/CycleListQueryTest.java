package dev.waypoint.app.cycle;

import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.access.AccessDeniedException;
import dev.waypoint.access.InMemoryAccessFacts;
import dev.waypoint.access.Permissions;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrWorld;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CycleListQueryTest {

    private final OkrWorld world = new OkrWorld();
    private final InMemoryAccessFacts facts = new InMemoryAccessFacts().licensed("admin").jiraAdmin("admin")
            .licensed("member").licensed("leader").inGroup("leader", "leaders").companyGroup("leaders");
    private Optional<UserKey> viewer = Optional.of(new UserKey("admin"));
    private final CycleListQuery query = new CycleListQuery(world.cycles, new PortCyclesInUse(world.objectives),
            new CycleAccess(() -> viewer, new Permissions(facts)));

    @Test
    void givenCyclesWithAndWithoutObjectives_list_offersDeleteOnlyForEmptyOpenOnesAndNothingForClosedOnes() {
        Cycle used = world.store(aCycle());
        Cycle empty = world.store(aCycle().named("Q2 2026").from(LocalDate.of(2026, 4, 1)).to(LocalDate.of(2026, 6, 30))
                .inState(CycleState.PLANNING));
        Cycle closed = world.store(aCycle().named("Q4 2025").from(LocalDate.of(2025, 10, 1))
                .to(LocalDate.of(2025, 12, 31)).inState(CycleState.CLOSED));
        world.store(anObjective(used.id()));

        CycleList list = query.list();

        assertThat(list.canCreate()).isTrue();
        assertThat(list.cycles()).extracting(e -> e.cycle().name()).containsExactly("Q4 2025", "Q1 2026", "Q2 2026");
        assertThat(list.cycles().get(0)).isEqualTo(new CycleEntry(closed, false, false, false));
        assertThat(list.cycles().get(1)).isEqualTo(new CycleEntry(used, true, false, true));
        assertThat(list.cycles().get(2)).isEqualTo(new CycleEntry(empty, true, true, true));
    }

    @Test
    void givenACompanyGroupMember_list_isAllowed_andForOtherUsersRefused() {
        viewer = Optional.of(new UserKey("leader"));
        assertThat(query.list().cycles()).isEmpty();

        viewer = Optional.of(new UserKey("member"));
        assertThatThrownBy(query::list).isInstanceOf(AccessDeniedException.class);
        viewer = Optional.empty();
        assertThatThrownBy(query::list).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.isUnauthenticated()).isTrue());
    }
}
