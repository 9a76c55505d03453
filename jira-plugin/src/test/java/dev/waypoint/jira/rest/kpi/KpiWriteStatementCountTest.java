package dev.waypoint.jira.rest.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.kpi.testdata.KpiTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 9 (performance): a KPI write reads each row once. SQL statements of {@code POST /kpis} and
 * {@code PUT /kpis/{id}} of a composite with a parent, through the JAX-RS stack on real Active Objects over HSQLDB,
 * with 30 KPIs stored besides {@link OkrRestFixture}'s: the same count for 2 and for 32 KPIs (no read per KPI).
 *
 * <p>Before the KPI use cases, the resource read every KPI to check the references and the validator read them again
 * (the update also read the KPI twice by id): 12 statements per create, 8 per update. Now every stored KPI is read
 * once ({@code VisibleKpis#everything}) for visibility, references and loops: a create is that read and the 3
 * statements of {@code AoKpiRepository.insert} (insert, identity, the source columns; it no longer maps the new
 * entity back, which read 7 columns again); an update is that read and the 4 of {@code AoRows.update} (the row
 * locked and read, its version, the row again, its columns).
 */
class KpiWriteStatementCountTest {

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

    private int statements(RestRequest request, int expectedStatus) {
        database.statements().reset();
        RestResponse response = rest.send(request.as(Role.JIRA_ADMIN));
        assertThat(response.status()).as(response.toString()).isEqualTo(expectedStatus);
        return database.statements().count();
    }

    private String definition(String name, String extra) {
        return "{\"name\":\"" + name + "\",\"format\":\"NUMBER\",\"direction\":\"LOWER_IS_BETTER\",\"target\":20,"
                + "\"warning\":30,\"owner\":\"jadmin\",\"project\":\"TEAM\",\"parentId\":" + fixture.teamKpi.id()
                + ",\"source\":{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":[{\"kpiId\":"
                + fixture.teamKpi.id() + "}]}" + extra + "}";
    }

    private void thirtyMoreKpis() {
        for (int i = 0; i < 30; i++) {
            fixture.storage().kpis().insert(KpiTestData.aKpi().named("KPI " + i).scope(OkrRestFixture.TEAM)
                    .ownedBy(OkrRestFixture.OWNER).build());
        }
    }

    @Test
    void givenManyKpis_creatingACompositeWithAParent_readsTheKpisOnce() {
        int few = statements(RestRequest.post("/kpis", definition("First", "")), 201);
        thirtyMoreKpis();

        int many = statements(RestRequest.post("/kpis", definition("Second", "")), 201);

        assertThat(many).isEqualTo(few);
        assertThat(many).isEqualTo(KpiWriteBudget.CREATE);
    }

    @Test
    void givenManyKpis_updatingACompositeWithAParent_readsTheKpisOnce() {
        thirtyMoreKpis();
        RestResponse created = rest.send(RestRequest.post("/kpis", definition("First", "")).as(Role.JIRA_ADMIN));
        long id = created.json().path("id").asLong();

        int update = statements(RestRequest.put("/kpis/" + id, definition("Renamed", ",\"version\":0")), 200);

        assertThat(update).isEqualTo(KpiWriteBudget.UPDATE);
    }

    /** The counts measured; see the class comment. */
    static final class KpiWriteBudget {
        static final int CREATE = 4;
        static final int UPDATE = 5;

        private KpiWriteBudget() {
        }
    }
}
