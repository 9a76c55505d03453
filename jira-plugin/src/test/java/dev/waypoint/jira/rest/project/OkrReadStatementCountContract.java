package dev.waypoint.jira.rest.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.jira.ao.AoKpiRepository;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.Weight;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DESIGN §6 on real Active Objects: the read models (project page, issue panel, CSV export) cost the same number of
 * SQL statements for the standard data set and for one with 30 more objectives, 90 more key results, 270 more
 * check-ins and 90 more links: no per-row queries. The same counts on HSQLDB ({@link OkrReadStatementCountTest}) and
 * PostgreSQL ({@link OkrReadStatementCountOnPostgresTest}).
 */
abstract class OkrReadStatementCountContract {

    /** The class's database, emptied before each test; ready when the test instance is made. */
    protected abstract AoTestDatabase database();

    private final AoTestDatabase database = database();
    private final OkrRestFixture fixture = OkrRestFixture.activeObjects(database.ao());

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    private RestResponse last;

    private int statements(RestRequest request) {
        database.statements().reset();
        RestResponse response = rest.send(request.as(Role.JIRA_ADMIN));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        last = response;
        return database.statements().count();
    }

    private int[] counts() {
        return new int[] {
            statements(RestRequest.get("/projects/TEAM/okrs")),
            statements(RestRequest.get("/issues/TEAM-3/key-results")),
            statements(RestRequest.get("/cycles/" + fixture.q1.id() + "/export")),
            statements(RestRequest.get("/cycles/" + fixture.q1.id() + "/objective-tree"))
        };
    }

    @Test
    void givenThirtyTimesMoreOkrs_readingEachReadModel_costsTheSameStatements() {
        fixture.reset();
        int[] small = counts();
        for (int i = 0; i < 30; i++) {
            Objective objective = fixture.objective(fixture.q1.id(), "Objective " + i, ObjectiveLevel.TEAM,
                    OkrRestFixture.TEAM, OkrRestFixture.OWNER, fixture.company.id());
            for (int k = 0; k < 3; k++) {
                KeyResult keyResult = fixture.keyResult(objective.id(), "KR " + i + "." + k, OkrRestFixture.OWNER,
                        new Measure.Metric(0, 10));
                for (int day = 1; day <= 3; day++) {
                    fixture.storage().checkIns().insert(new CheckIn(null, keyResult.id(), CheckInValue.of(day), day,
                            null, OkrRestFixture.OWNER, CheckInOrigin.MANUAL, OkrRestFixture.NOW,
                            LocalDate.of(2026, 2, day)));
                }
                fixture.storage().initiatives().insert(new Initiative(null, keyResult.id(),
                        new IssueId(k % 2 == 0 ? 102 : 103), OkrRestFixture.OWNER, OkrRestFixture.NOW));
            }
        }

        int[] large = counts();

        assertThat(large).containsExactly(small);
        assertThat(small[0]).isLessThanOrEqualTo(8);
    }

    /**
     * Before the page described bound KPIs it cost 6 statements: every cycle, the chosen cycle again, then the four
     * of the bulk load. It now takes the chosen cycle from the list and reads the formats of the bound KPIs instead,
     * only when there are any.
     */
    @Test
    void givenKeyResultsBoundToKpis_projectPage_describesTheirKpisFormatsAtTheStatementsOfAPageWithout() {
        fixture.reset();
        int withoutBoundKpis = statements(RestRequest.get("/projects/TEAM/okrs"));
        AoKpiRepository kpis = new AoKpiRepository(database.ao());
        List<Kpi> bound = new ArrayList<>();
        for (KpiFormat format : List.of(KpiFormat.PERCENT, KpiFormat.DURATION, KpiFormat.NUMBER)) {
            bound.add(kpis.insert(new Kpi(null, "KPI " + format, null, format == KpiFormat.NUMBER ? "tickets" : null,
                    format, KpiDirection.HIGHER_IS_BETTER, 0.9, null, OkrRestFixture.OWNER, OkrRestFixture.TEAM, null,
                    60, new KpiSource.JqlCount("project = TEAM"), 0)));
        }
        for (int i = 0; i < 30; i++) {
            fixture.storage().keyResults().insert(new KeyResult(null, fixture.team.id(), "Bound " + i,
                    OkrRestFixture.OWNER, Weight.ONE, null, new Measure.Metric(0.5, 0.9),
                    new ValueSource.Kpi(bound.get(i % bound.size()).id()), 0));
        }

        int withBoundKpis = statements(RestRequest.get("/projects/TEAM/okrs"));

        assertThat(withoutBoundKpis).isEqualTo(5);
        assertThat(withBoundKpis).isEqualTo(6);
        JsonNode keyResults = last.json().path("objectives").get(0).path("children").get(0).path("keyResults");
        assertThat(keyResults).hasSize(31);
        assertThat(keyResults.get(0).path("kpi").isNull()).as("a manual key result").isTrue();
        assertThat(keyResults.get(1).path("kpi").toString()).isEqualTo("{\"id\":" + bound.get(0).id()
                + ",\"format\":\"PERCENT\",\"unit\":null}");
        assertThat(keyResults.get(2).path("kpi").path("format").asText()).isEqualTo("DURATION");
        assertThat(keyResults.get(3).path("kpi").path("unit").asText()).isEqualTo("tickets");
    }
}
