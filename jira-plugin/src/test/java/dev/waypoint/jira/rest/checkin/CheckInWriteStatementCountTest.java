package dev.waypoint.jira.rest.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 9 (performance): a check-in reads each row once and writes once. SQL statements of {@code POST /key-results/{id}/check-ins}
 * through the JAX-RS stack on real Active Objects over HSQLDB.
 *
 * <p>Before the OKR use cases (measured on 05a6013), the resource's guard read the key result and its objective, then
 * the check-in service read them again and the cycle: 5 reads and the insert's 10 statements, 15 in all. Now
 * {@code OkrAccess.keyResult} reads each of the three rows once and {@code CheckInService} takes what it read, and the
 * insert no longer reads the new row back: 5 in all.
 */
class CheckInWriteStatementCountTest {

    /** The key result, its objective, its cycle. */
    static final int READS = 3;

    private final AoTestDatabase database = new AoTestDatabase();
    private final OkrRestFixture fixture = OkrRestFixture.activeObjects(database.ao());

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void givenKeyResult_checkingIn_readsTheKeyResultItsObjectiveAndItsCycleOnce() {
        database.statements().reset();
        RestResponse response = rest.send(RestRequest.post("/key-results/" + fixture.kr.id() + "/check-ins",
                "{\"value\":6,\"confidence\":7}").as(Role.OWNER));
        int statements = database.statements().count();

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(statements).isEqualTo(READS + CheckInInsert.STATEMENTS);
    }

    /**
     * What one {@code AoCheckInRepository.insert} costs on AO: the insert and the identity. (It used to map the new
     * entity back, which read each column AO did not keep again: 8 more.)
     */
    static final class CheckInInsert {
        static final int STATEMENTS = 2;

        private CheckInInsert() {
        }
    }
}
