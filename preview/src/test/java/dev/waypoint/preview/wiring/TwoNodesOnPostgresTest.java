package dev.waypoint.preview.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waypoint.ao.embedded.PostgreSqlServer;
import dev.waypoint.jira.ao.AoClaim;
import dev.waypoint.jira.ao.AoKpi;
import dev.waypoint.jira.ao.AoKpiValue;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewOptions;
import dev.waypoint.preview.PreviewServer;
import dev.waypoint.preview.basics.BasicsModule;
import dev.waypoint.preview.data.PreviewDatabase;
import dev.waypoint.preview.sample.SamplePeople;
import dev.waypoint.preview.support.PreviewHttp;
import dev.waypoint.preview.user.UserCookie;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two preview nodes on one PostgreSQL database, as two Jira Data Center nodes run the app (skipped where no server is
 * configured, see {@link PostgreSqlServer}): node 1 loads the sample, node 2 ({@code --node=2}) joins it; each has
 * its own Active Objects pool, REST module, counted issue search and refresh job, and both read one clock the test
 * moves on. Nothing a node keeps in memory may change what the other answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesOnPostgresTest {

    private static final String JOB_LEASE = "job:" + WaypointModule.REFRESH_JOB_ID;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path temp;

    private PostgreSqlServer server;
    private String url;
    private final TestClock clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.MINUTES),
            ZoneId.systemDefault());
    private final NodeSearch searchA = new NodeSearch();
    private final NodeSearch searchB = new NodeSearch();
    private PreviewServer nodeA;
    private PreviewServer nodeB;

    @BeforeAll
    void startTwoNodes() throws Exception {
        Optional<PostgreSqlServer> configured = PostgreSqlServer.forTests();
        Assumptions.assumeTrue(configured.isPresent(), PostgreSqlServer.SKIPPED);
        server = configured.get();
        url = server.createDatabase();
        temp = Files.createTempDirectory(Path.of("target"), "two-nodes-");
        nodeA = start(1, searchA);
        nodeB = start(2, searchB);
    }

    @AfterAll
    void stopNodes() {
        for (PreviewServer node : Arrays.asList(nodeA, nodeB)) {
            if (node != null) {
                node.close();
            }
        }
        if (url != null) {
            server.dropDatabase(url);
        }
    }

    /** Each test starts a day later: every claim of an earlier test has ended and every refreshed KPI is due. */
    @BeforeEach
    void nextDay() {
        clock.advance(Duration.ofDays(1));
    }

    @Test
    void givenNodeTwo_start_joinsTheSampleOfNodeOneWithoutLoadingOrDroppingAnything() throws Exception {
        assertThat(nodeB.activeObjects().count(AoKpi.class)).isEqualTo(nodeA.activeObjects().count(AoKpi.class))
                .isEqualTo(17);
        HttpResponse<String> cycles = http(nodeB).get("/rest/waypoint/1.0/cycles", "Cookie", cookie("lead"));
        assertThat(cycles.statusCode()).isEqualTo(200);
        assertThat(cycles.body()).isEqualTo(http(nodeA).get("/rest/waypoint/1.0/cycles", "Cookie", cookie("lead"))
                .body());

        try (PreviewServer restartedNodeTwo = start(2, new NodeSearch())) {
            assertThat(restartedNodeTwo.activeObjects().count(AoKpi.class)).isEqualTo(17);
        }
        assertThat(nodeA.activeObjects().count(AoKpi.class)).isEqualTo(17);
        assertThatThrownBy(() -> PreviewServer.start(PreviewOptions.forTest(temp.resolve("empty-db"))
                .withDatabase(new PreviewDatabase(server.createDatabase(), null, null)).withNode(2),
                List.of(new BasicsModule(), new WaypointModule()), PreviewServer.APP_DESCRIPTOR, clock))
                .hasMessageContaining("start node 1 on it first");
    }

    @Test
    void givenSettingsSavedOnNodeA_readOnNodeB_seesThemAtOnce() throws Exception {
        JsonNode before = JSON.readTree(http(nodeB).get("/rest/waypoint/1.0/admin/settings", "Cookie",
                cookie("admin")).body());
        ObjectNode changed = (ObjectNode) JSON.readTree(http(nodeA).get("/rest/waypoint/1.0/admin/settings",
                "Cookie", cookie("admin")).body());
        int unhealthyDays = changed.path("insights").path("unhealthyDays").asInt() + 3;
        ((ObjectNode) changed.path("insights")).put("unhealthyDays", unhealthyDays);
        ((ObjectNode) changed.path("access")).putArray("companyViewerGroups").add(SamplePeople.AGENTS_GROUP);

        HttpResponse<String> saved = http(nodeA).putJson("/rest/waypoint/1.0/admin/settings", changed.toString(),
                "Cookie", cookie("admin"));

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(http(nodeB).get("/rest/waypoint/1.0/admin/settings", "Cookie",
                cookie("admin")).body());
        assertThat(after.path("insights").path("unhealthyDays").asInt()).isEqualTo(unhealthyDays)
                .isNotEqualTo(before.path("insights").path("unhealthyDays").asInt());
        assertThat(after.path("access").path("companyViewerGroups").toString()).contains(SamplePeople.AGENTS_GROUP);
        assertThat(after).isEqualTo(JSON.readTree(saved.body()));
    }

    @Test
    void givenRefreshNowOnBothNodesWithinAMinute_refresh_evaluatesTheKpiOnce() throws Exception {
        int kpi = refreshedKpis(nodeA.activeObjects()).get(0);
        String path = "/rest/waypoint/1.0/kpis/" + kpi + "/refresh";
        int searchesA = searchA.searches();
        int searchesB = searchB.searches();
        Instant first = clock.instant();

        HttpResponse<String> onA = http(nodeA).postJson(path, "", "Cookie", cookie("admin"));
        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> onB = http(nodeB).postJson(path, "", "Cookie", cookie("admin"));

        assertThat(onA.statusCode()).as(onA.body()).isEqualTo(200);
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(200);
        assertThat(JSON.readTree(onB.body())).isEqualTo(JSON.readTree(onA.body()));
        assertThat(JSON.readTree(onA.body()).path("at").asText()).isEqualTo(first.toString());
        assertThat(searchA.searches()).isGreaterThan(searchesA);
        assertThat(searchB.searches()).isEqualTo(searchesB);
        assertThat(valuesSince(nodeB.activeObjects(), first)).containsExactly(Map.entry(kpi, 1));

        clock.advance(Duration.ofSeconds(31));
        HttpResponse<String> aMinuteLater = http(nodeB).postJson(path, "", "Cookie", cookie("admin"));

        assertThat(aMinuteLater.statusCode()).as(aMinuteLater.body()).isEqualTo(200);
        assertThat(JSON.readTree(aMinuteLater.body()).path("at").asText())
                .isEqualTo(first.plusSeconds(61).toString());
        assertThat(searchB.searches()).isGreaterThan(searchesB);
        assertThat(valuesSince(nodeA.activeObjects(), first)).containsExactly(Map.entry(kpi, 2));
    }

    @Test
    void givenBothNodesFiringTheRefreshJobEveryMinute_fire_runsItOnceAMinuteAcrossBoth() {
        Instant start = clock.instant();

        nodeA.runJobsOnce();
        int searchesA = searchA.searches();
        int searchesB = searchB.searches();
        assertThat(lease(nodeB.activeObjects())).isEqualTo(start.plusSeconds(60));
        assertThat(valuesSince(nodeA.activeObjects(), start)).hasSize(refreshedKpis(nodeA.activeObjects()).size());

        clock.advance(Duration.ofSeconds(30));
        nodeB.runJobsOnce();
        assertThat(lease(nodeA.activeObjects())).as("node B's firing within node A's minute did not run")
                .isEqualTo(start.plusSeconds(60));
        assertThat(searchB.searches()).isEqualTo(searchesB);

        clock.advance(Duration.ofSeconds(30));
        nodeB.runJobsOnce();
        assertThat(lease(nodeA.activeObjects())).as("node B ran the next minute's firing")
                .isEqualTo(start.plusSeconds(120));

        clock.advance(Duration.ofSeconds(1));
        nodeA.runJobsOnce();
        assertThat(lease(nodeA.activeObjects())).isEqualTo(start.plusSeconds(120));
        assertThat(searchA.searches()).as("node A's firing in node B's minute did not run").isEqualTo(searchesA);
        assertThat(valuesSince(nodeA.activeObjects(), start).values()).as("no KPI evaluated twice").containsOnly(1);
    }

    @Test
    void givenNodeStoppedInTheMiddleOfARefresh_nextRunOnTheOtherNode_evaluatesWhatIsDueAndLosesNoValue()
            throws Exception {
        NodeSearch searchC = new NodeSearch();
        PreviewServer nodeC = start(3, searchC);
        Instant start = clock.instant();
        List<Integer> refreshed = refreshedKpis(nodeB.activeObjects());
        searchC.holdWhen(() -> !valuesSince(nodeB.activeObjects(), start).isEmpty());
        CompletableFuture<Void> run = CompletableFuture.runAsync(nodeC::runJobsOnce);
        assertThat(searchC.awaitHeld()).as("node C's refresh stored a value and searched again").isTrue();
        Map<Integer, Integer> storedByC = valuesSince(nodeB.activeObjects(), start);

        nodeC.close();
        searchC.release();
        try {
            run.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            // node C's run fails once its database connections are gone, as a stopped node's would end
        }

        assertThat(storedByC).isNotEmpty().containsValues(1);
        assertThat(storedByC.size()).isLessThan(refreshed.size());
        assertThat(valuesSince(nodeB.activeObjects(), start)).as("what node C stored before it stopped")
                .isEqualTo(storedByC);

        clock.advance(Duration.ofSeconds(30));
        int searchesB = searchB.searches();
        nodeB.runJobsOnce();
        assertThat(searchB.searches()).as("node C's lease holds until its minute ends").isEqualTo(searchesB);

        clock.advance(Duration.ofSeconds(31));
        nodeB.runJobsOnce();

        Map<Integer, Integer> after = valuesSince(nodeB.activeObjects(), start);
        assertThat(after.keySet()).as("every refreshed KPI has its value").containsExactlyInAnyOrderElementsOf(
                refreshed);
        assertThat(after.values()).as("none evaluated twice").containsOnly(1);
        assertThat(after).containsAllEntriesOf(storedByC);
    }

    private PreviewServer start(int node, NodeSearch search) throws Exception {
        PreviewOptions options = PreviewOptions.forTest(temp.resolve("node" + node + "-" + System.nanoTime()))
                .withDatabase(new PreviewDatabase(url, null, null)).withNode(node);
        List<PreviewModule> modules = List.of(new BasicsModule(),
                new WaypointModule(ports -> ports.withSearch(search.around(ports.search()))));
        return PreviewServer.start(options, modules, PreviewServer.APP_DESCRIPTOR, clock);
    }

    private static PreviewHttp http(PreviewServer node) {
        return new PreviewHttp(node.baseUri());
    }

    private static String cookie(String user) {
        return UserCookie.NAME + "=" + user;
    }

    /** The ids of the KPIs the refresh job evaluates (every source but MANUAL), in id order. */
    private static List<Integer> refreshedKpis(ActiveObjects ao) {
        return Arrays.stream(ao.find(AoKpi.class, Query.select().where("SOURCE_TYPE <> ?", "MANUAL")))
                .map(AoKpi::getID).sorted().toList();
    }

    /** How many values each KPI has from {@code from} on. */
    private static Map<Integer, Integer> valuesSince(ActiveObjects ao, Instant from) {
        return Arrays.stream(ao.find(AoKpiValue.class, Query.select().where("AT_MILLIS >= ?", from.toEpochMilli())))
                .collect(Collectors.toMap(AoKpiValue::getKpiId, v -> 1, Integer::sum, TreeMap::new));
    }

    /** Until when the refresh job's lease is held. */
    private static Instant lease(ActiveObjects ao) {
        AoClaim[] rows = ao.find(AoClaim.class, Query.select().where("CLAIM_NAME = ?", JOB_LEASE));
        assertThat(rows).hasSize(1);
        return Instant.ofEpochMilli(rows[0].getUntilMillis());
    }
}
