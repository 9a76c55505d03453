package dev.waypoint.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import java.time.LocalDate;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The failure {@link AoSqlClausesTest} prevents: on PostgreSQL {@code "ID=?"} names no column, {@code "ID = ?"} does. */
class AoSqlClausesOnPostgresTest {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Test
    void givenColumnFollowedByOperatorWithoutSpace_finding_failsOnPostgresqlWhileTheSpacedFormWorks() {
        int id = (int) new AoCycleRepository(DATABASE.ao()).insert(Cycle.create("Q1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), CycleState.PLANNING)).id().value();

        assertThat(DATABASE.ao().find(AoCycle.class, Query.select().where("ID = ?", id))).hasSize(1);
        assertThatThrownBy(() -> DATABASE.ao().find(AoCycle.class, Query.select().where("ID=?", id)))
                .hasStackTraceContaining("column \"id\" does not exist");
    }
}
