package dev.waypoint.jira.rest.alignment;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.kpi.KpiFixture;
import dev.waypoint.jira.rest.kpi.KpiRestWorld;
import dev.waypoint.jira.rest.support.BadInputCorpus;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad alignment requests, by a Jira administrator: each answers its status, and no objective changes. */
class AlignmentBadInputCorpusTest {

    private static final String VALID = "{\"objectiveId\":1,\"kpiId\":3}";

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    private static RestRequest link(String body) {
        return RestRequest.post("/alignments", body);
    }

    @TestFactory
    Stream<DynamicTest> badInput() {
        return BadInputCorpus.against(rest)
                .as(Role.JIRA_ADMIN)
                .beforeEach(() -> KpiFixture.install(world))
                .unchanged(world::snapshot)
                .jsonAttacks(link(VALID))
                .add400("objective missing", link("{\"kpiId\":3}"), "objectiveId")
                .add400("KPI null", link("{\"objectiveId\":1,\"kpiId\":null}"), "kpiId")
                .add400("objective 0", link("{\"objectiveId\":0,\"kpiId\":3}"), "objectiveId")
                .add400("KPI negative", link("{\"objectiveId\":1,\"kpiId\":-3}"), "kpiId")
                .add400("objective as a fraction", link("{\"objectiveId\":1.5,\"kpiId\":3}"), "objectiveId")
                .add400("KPI as a string", link("{\"objectiveId\":1,\"kpiId\":\"3\"}"), "kpiId")
                .add("unknown objective", link("{\"objectiveId\":999,\"kpiId\":3}"), 404, null)
                .add("unknown KPI", link("{\"objectiveId\":1,\"kpiId\":999}"), 404, null)
                .add("KPI the caller may not see", link("{\"objectiveId\":1,\"kpiId\":5}"), 404, null)
                .add400("unlink of a malformed objective", RestRequest.delete("/alignments/x/1"), "objectiveId")
                .add400("unlink of KPI 0", RestRequest.delete("/alignments/1/0"), "kpiId")
                .add("unlink of an unknown KPI", RestRequest.delete("/alignments/1/999"), 404, null)
                .add400("KPIs of a malformed objective", RestRequest.get("/alignments/objectives/abc"),
                        "objectiveId")
                .add("objectives of an unknown KPI", RestRequest.get("/alignments/kpis/999"), 404, null)
                .add("GET of the alignment pair", RestRequest.get("/alignments/1/1"), 405, null)
                .dynamicTests();
    }
}
