package dev.waypoint.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.app.company.CompanyCycleData;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ProjectKey;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §6 and issue 12: the company page's first view reads a fixed number of SQL statements whatever the size of
 * the cycle (the key results and check-ins are joined by cycle, not asked for by IN lists of ids, which 100,000 key
 * results would split into a hundred statements). Counted with datasource-proxy between real AO and HSQLDB at two
 * sizes, the larger one past the 1,000-id chunk size; expanding a node reads one statement per level below it plus
 * its key results and check-ins.
 */
class AoCompanyReadStatementCountTest {

    private static final List<ProjectKey> PROJECTS = List.of(new ProjectKey("SUP"), new ProjectKey("APP"));

    private record Counted(int statements, CompanyCycleData data) {
    }

    private static Counted loadCycle(CompanyBulkData.Shape shape) {
        try (AoTestDatabase database = new AoTestDatabase()) {
            CompanyBulkData.Loaded loaded = CompanyBulkData.load(database.ao(), "Q1", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 3, 31), CycleState.ACTIVE, shape, PROJECTS, "lead");
            database.statements().reset();
            CompanyCycleData data = new AoCompanyReadRepository(database.ao()).loadCycle(loaded.cycle().id());
            return new Counted(database.statements().count(), data);
        }
    }

    @Test
    void givenSmallAndLargeCycles_loadCycle_costsTheSameThreeStatements() {
        Counted small = loadCycle(new CompanyBulkData.Shape(1, 2, 2, 1, 1));
        Counted large = loadCycle(new CompanyBulkData.Shape(4, 5, 60, 5, 2));

        assertThat(small.data().objectives()).hasSize(7);
        assertThat(large.data().objectives()).hasSize(1_224);
        assertThat(large.data().keyResults()).hasSize(6_120);
        assertThat(large.data().checkIns().values().stream().mapToInt(List::size).sum()).isEqualTo(12_240);
        assertThat(small.statements()).isEqualTo(3);
        assertThat(large.statements()).isEqualTo(small.statements());
    }

    @Test
    void givenATeamWithSixtyMembers_loadSubtree_readsEachLevelOnceAndTheirKeyResults() {
        try (AoTestDatabase database = new AoTestDatabase()) {
            CompanyBulkData.Loaded loaded = CompanyBulkData.load(database.ao(), "Q1", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 3, 31), CycleState.ACTIVE, new CompanyBulkData.Shape(2, 3, 60, 5, 2),
                    PROJECTS, "lead");
            database.statements().reset();

            CompanyCycleData team = new AoCompanyReadRepository(database.ao()).loadSubtree(loaded.cycle().id(),
                    new ObjectiveId(loaded.teams().get(0)));

            assertThat(team.objectives()).hasSize(61);
            assertThat(team.keyResults()).hasSize(305);
            // the root, its children, their (no) children, the key results, the check-ins
            assertThat(database.statements().count()).isEqualTo(5);
        }
    }
}
