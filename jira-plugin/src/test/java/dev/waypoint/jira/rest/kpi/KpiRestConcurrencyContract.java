package dev.waypoint.jira.rest.kpi;

import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL_QUERY;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_OBJECTIVE;
import static dev.waypoint.jira.rest.support.ConcurrentRequests.WRITERS;
import static dev.waypoint.jira.rest.support.ConcurrentRequests.allAmong;
import static dev.waypoint.jira.rest.support.ConcurrentRequests.exactlyOneWins;
import static dev.waypoint.jira.rest.support.ConcurrentRequests.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.jira.ao.AoKpiRepositories;
import dev.waypoint.jira.ao.AoTestDatabase;
import dev.waypoint.jira.ao.AoTransactions;
import dev.waypoint.jira.rest.support.ConcurrentRequests;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.objective.ObjectiveId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@value ConcurrentRequests#WRITERS} writers at once on every write endpoint of the KPI half of the REST API
 * ({@link KpiRestResources}: KPIs, values, "refresh now", alignments, settings), on {@link KpiFixture}'s data in real
 * Active Objects at READ COMMITTED: nothing answers 500, nothing acknowledged is lost, nothing is stored twice. Run on
 * HSQLDB ({@link KpiRestConcurrencyTest}) and PostgreSQL ({@link KpiRestConcurrencyOnPostgresTest}).
 */
abstract class KpiRestConcurrencyContract {

    /** The class's database, emptied before each test; ready when the test instance is made. */
    protected abstract AoTestDatabase database();

    private final KpiRestWorld world = new KpiRestWorld(() -> {
        database().empty();
        return AoKpiRepositories.on(database().ao());
    }, new AoTransactions(database().ao()));

    @RegisterExtension
    final RestHarness rest = world.harness();

    private List<RestResponse> race(IntFunction<RestRequest> request) throws Exception {
        KpiFixture.install(world);
        return new ConcurrentRequests(rest).send(WRITERS, i -> request.apply(i).as(Role.JIRA_ADMIN));
    }

    private static String kpi(String name, Long version) {
        return "{\"name\":\"" + name + "\",\"format\":\"NUMBER\",\"direction\":\"HIGHER_IS_BETTER\",\"target\":100,"
                + "\"warning\":80,\"source\":{\"type\":\"MANUAL\"}" + (version == null ? "" : ",\"version\":" + version)
                + "}";
    }

    @Test
    void givenTwentyNewKpis_postingAtOnce_storesEveryOne() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.post("/kpis", kpi("Parallel " + i, null)));

        assertThat(statuses(answers)).containsOnly(201);
        assertThat(world.repositories().kpis().findAll()).extracting(Kpi::name)
                .filteredOn(n -> n.startsWith("Parallel")).doesNotHaveDuplicates().hasSize(WRITERS);
    }

    @Test
    void givenTwentyEditsOfOneKpiVersion_puttingAtOnce_exactlyOneWins() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.put("/kpis/" + COMPANY_MANUAL, kpi("Edit " + i, 0L)));

        RestResponse winner = exactlyOneWins(answers, 200);
        Kpi stored = world.repositories().kpis().findById(new KpiId(COMPANY_MANUAL)).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.name()).isEqualTo(winner.json().path("name").asText());
    }

    @Test
    void givenTwentyDeletesOfOneKpi_deletingAtOnce_deleteItOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.delete("/kpis/" + TEAM_MANUAL));

        allAmong(answers, 204, 404, 409);
        assertThat(world.repositories().kpis().findById(new KpiId(TEAM_MANUAL))).isEmpty();
    }

    @Test
    void givenTwentyValuesForOneDate_puttingAtOnce_keepsOneValueForTheDate() throws Exception {
        LocalDate date = LocalDate.of(2026, 2, 14);
        List<RestResponse> answers = race(i -> RestRequest.put("/kpis/" + TEAM_MANUAL + "/values/" + date,
                "{\"value\":" + i + "}"));

        allAmong(answers, 200, 409);
        assertThat(answers).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.errorMessages()).isNotEmpty());
        KpiId kpi = new KpiId(TEAM_MANUAL);
        var start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<KpiValue> ofTheDate = world.repositories().values().findBetween(List.of(kpi), start,
                start.plus(Duration.ofDays(1))).get(kpi);
        assertThat(ofTheDate).hasSize(1);
        assertThat(answers.get(ofTheDate.get(0).value().intValue()).status()).isEqualTo(200);
        assertThat(world.repositories().values().findLatest(List.of(kpi))).containsEntry(kpi, ofTheDate.get(0));
    }

    /**
     * "Refresh now" answers a value evaluated less than a minute ago again instead of evaluating (core's
     * {@code RefreshNow}, a guard in node memory): of writers that arrive together, those that pass the guard before
     * the first one stored its value evaluate and store one value each, the others answer the stored one. A writer
     * whose read of the KPIs collides with another's write (HSQLDB's serializable locking) answers 409 with a
     * message, never 500.
     */
    @Test
    void givenTwentyRefreshesOfOneKpi_postingAtOnce_answerStoredValuesOnly() throws Exception {
        KpiId kpi = new KpiId(TEAM_JQL);
        List<RestResponse> answers = race(i -> {
            world.search().count(TEAM_JQL_QUERY, 12);
            return RestRequest.method("POST", "/kpis/" + TEAM_JQL + "/refresh");
        });

        allAmong(answers, 200, 409);
        assertThat(answers).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.errorMessages()).isNotEmpty());
        assertThat(answers).filteredOn(r -> r.status() == 200).isNotEmpty().allSatisfy(r -> {
            assertThat(r.json().path("value").asDouble()).isEqualTo(12);
            assertThat(r.json().path("at").asText()).isEqualTo(KpiFixture.NOW.toString());
        });
        List<KpiValue> now = world.repositories().values().findBetween(List.of(kpi), KpiFixture.NOW,
                KpiFixture.NOW.plusMillis(1)).getOrDefault(kpi, List.of());
        assertThat(now).hasSizeBetween(1, WRITERS).allSatisfy(v -> assertThat(v.value()).isEqualTo(12));
        assertThat(world.search().calls().size()).isGreaterThanOrEqualTo(now.size());
        assertThat(world.repositories().values().findLatest(List.of(kpi))).containsEntry(kpi, now.get(now.size() - 1));
    }

    @Test
    void givenTwentyAlignmentsOfOnePair_postingAtOnce_alignItOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.post("/alignments", "{\"objectiveId\":" + TEAM_OBJECTIVE
                + ",\"kpiId\":" + TEAM_MANUAL + "}"));

        allAmong(answers, 200, 409);
        assertThat(answers).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(r.errorMessages()).isNotEmpty());
        assertThat(world.repositories().okr().objectives().findById(new ObjectiveId(TEAM_OBJECTIVE)).orElseThrow()
                .alignedKpis()).containsExactlyInAnyOrder(new KpiId(TEAM_JQL), new KpiId(TEAM_MANUAL));
    }

    @Test
    void givenTwentyUnalignmentsOfOnePair_deletingAtOnce_unalignItOnce() throws Exception {
        List<RestResponse> answers = race(i -> RestRequest.delete("/alignments/" + TEAM_OBJECTIVE + "/" + TEAM_JQL));

        allAmong(answers, 204, 404, 409);
        assertThat(world.repositories().okr().objectives().findById(new ObjectiveId(TEAM_OBJECTIVE)).orElseThrow()
                .alignedKpis()).isEmpty();
    }

    @Test
    void givenTwentySettingsSaves_puttingAtOnce_keepOneOfThem() throws Exception {
        String[] stored = new String[1];
        List<RestResponse> answers = race(i -> {
            if (stored[0] == null) {
                stored[0] = rest.send(RestRequest.get("/admin/settings").as(Role.JIRA_ADMIN)).body();
            }
            return RestRequest.put("/admin/settings", stored[0].replace("\"defaultKpiRefreshMinutes\":60",
                    "\"defaultKpiRefreshMinutes\":" + (30 + i)));
        });

        assertThat(statuses(answers)).containsOnly(200);
        assertThat(IntStream.range(0, WRITERS).map(i -> 30 + i).boxed().toList())
                .contains(world.settings().current().defaultKpiRefreshMinutes());
    }
}
