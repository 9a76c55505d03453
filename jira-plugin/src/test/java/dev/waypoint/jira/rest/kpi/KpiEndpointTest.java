package dev.waypoint.jira.rest.kpi;

import static dev.waypoint.jira.rest.kpi.KpiFixture.COMPANY_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.OTHER_PROJECT;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_AGENTS;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_JQL_QUERY;
import static dev.waypoint.jira.rest.kpi.KpiFixture.TEAM_MANUAL;
import static dev.waypoint.jira.rest.kpi.KpiFixture.user;
import static dev.waypoint.jira.rest.kpi.KpiPermissionMatrixTest.jqlSource;
import static dev.waypoint.jira.rest.kpi.KpiPermissionMatrixTest.kpi;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.fake.CountingIssueSearch;
import dev.waypoint.kpi.testdata.KpiTestData;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The KPI endpoints through the JAX-RS runtime, on {@link KpiFixture}'s data: what a client sends and sees. */
class KpiEndpointTest {

    private final KpiRestWorld world = new KpiRestWorld();

    @RegisterExtension
    final RestHarness rest = world.harness();

    @BeforeEach
    void fixture() {
        KpiFixture.install(world);
    }

    private RestResponse send(RestRequest request, Role role) {
        return rest.send(request.as(role));
    }

    private static List<Long> ids(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asLong()).toList();
    }

    @Nested
    class Reading {

        @Test
        void givenMember_listing_seesTheProjectsAndGlobalKpisOnly() {
            RestResponse response = send(RestRequest.get("/kpis"), Role.PROJECT_MEMBER);

            assertThat(response.status()).isEqualTo(200);
            assertThat(ids(response.json(), "id")).containsExactly(TEAM_JQL, COMPANY_MANUAL, TEAM_MANUAL,
                    TEAM_AGENTS);
        }

        @Test
        void givenOutsider_listingAProject_seesNothingOfIt() {
            RestResponse response = send(RestRequest.get("/kpis").query("project", "TEAM"),
                    Role.LICENSED_WITHOUT_BROWSE);

            assertThat(response.json()).isEmpty();
        }

        @Test
        void givenMember_gettingAKpi_seesItsLatestValueHealthTrendAndCapabilities() {
            JsonNode kpi = send(RestRequest.get("/kpis/" + TEAM_JQL), Role.PROJECT_MEMBER).json();

            assertThat(kpi.path("kpi").path("name").asText()).isEqualTo("Open tickets");
            assertThat(kpi.path("kpi").path("source").toString())
                    .isEqualTo("{\"type\":\"JQL_COUNT\",\"jql\":\"" + TEAM_JQL_QUERY + "\"}");
            assertThat(kpi.path("latest").path("value").asDouble()).isEqualTo(25);
            assertThat(kpi.path("health").asText()).isEqualTo("AMBER");
            assertThat(kpi.path("trend").path("week").path("reference").asDouble()).isEqualTo(35);
            assertThat(kpi.path("trend").path("week").path("label").asText()).isEqualTo("IMPROVING");
            assertThat(kpi.path("trend").path("month").isNull()).isTrue();
            assertThat(kpi.path("canManage").asBoolean()).isFalse();
            assertThat(kpi.path("canChangeJql").asBoolean()).isFalse();
        }

        @Test
        void givenProjectAdmin_gettingAKpi_mayManageButNotChangeItsJql() {
            JsonNode kpi = send(RestRequest.get("/kpis/" + TEAM_JQL), Role.PROJECT_ADMIN).json();

            assertThat(kpi.path("canManage").asBoolean()).isTrue();
            assertThat(kpi.path("canChangeJql").asBoolean()).isFalse();
        }

        @Test
        void givenKpiOfAnotherProject_getting_answers404AsIfItDidNotExist() {
            RestResponse response = send(RestRequest.get("/kpis/" + OTHER_PROJECT), Role.JIRA_ADMIN);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.errorMessages()).containsExactly("KPI 5 does not exist");
        }

        @Test
        void givenKpiTree_gettingChildren_listsTheVisibleChildren() {
            world.store(KpiTestData.aKpi().named("Child").scope(Role.PROJECT).ownedBy(user(Role.OWNER))
                    .parent(new KpiId(TEAM_JQL)));

            RestResponse response = send(RestRequest.get("/kpis/" + TEAM_JQL + "/children"), Role.PROJECT_MEMBER);

            assertThat(ids(response.json(), "id")).containsExactly(6L);
        }
    }

    @Nested
    class Creating {

        @Test
        void givenOwner_creatingAJqlKpi_storesItAndChecksTheQueryAsTheOwner() {
            RestResponse response = send(RestRequest.post("/kpis", kpi("Backlog", null, "TEAM",
                    jqlSource("project = TEAM"), null)), Role.OWNER);

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.json().path("id").asLong()).isEqualTo(6);
            assertThat(response.json().path("owner").asText()).isEqualTo("owner");
            assertThat(response.json().path("refreshMinutes").asInt()).isEqualTo(60);
            assertThat(response.json().path("version").asLong()).isZero();
            assertThat(world.repositories().kpis().findById(new KpiId(6))).isPresent();
            assertThat(world.search().calls()).containsExactly(
                    new CountingIssueSearch.Call("validate", "project = TEAM", user(Role.OWNER), 0));
        }

        @Test
        void givenJqlJiraRefuses_creating_answersJirasMessageOnTheFieldAndStoresNothing() {
            world.search().invalid("project = NOPE", "The value 'NOPE' does not exist for the field 'project'.");
            var before = world.snapshot();

            RestResponse response = send(RestRequest.post("/kpis", kpi("Backlog", null, "TEAM",
                    jqlSource("project = NOPE"), null)), Role.OWNER);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("source.jql");
            assertThat(response.errorMessages())
                    .containsExactly("The value 'NOPE' does not exist for the field 'project'.");
            assertThat(world.snapshot()).isEqualTo(before);
        }

        @Test
        void givenPropertyOfAnotherSourceType_creating_namesIt() {
            RestResponse response = send(RestRequest.post("/kpis", kpi("Backlog", null, "TEAM",
                    "{\"type\":\"JQL_COUNT\",\"jql\":\"project = TEAM\",\"group\":\"support\"}", null)), Role.OWNER);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("source.group");
            assertThat(response.errorMessages()).containsExactly("Not used by a source of type JQL_COUNT");
        }

        @Test
        void givenCompositeOfItsProjectsKpis_creating_storesIt() {
            RestResponse response = send(RestRequest.post("/kpis", kpi("Health", null, "TEAM",
                    "{\"type\":\"COMPOSITE\",\"aggregation\":\"WEIGHTED_AVERAGE\",\"children\":[{\"kpiId\":1},"
                            + "{\"kpiId\":3,\"weight\":2}]}", null)), Role.OWNER);

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.json().path("source").path("children").toString())
                    .isEqualTo("[{\"kpiId\":1,\"weight\":1.0},{\"kpiId\":3,\"weight\":2.0}]");
        }

        @Test
        void givenGlobalCompositeOfAProjectKpi_creating_isRefusedSoThatItsValueLeaksNothing() {
            RestResponse response = send(RestRequest.post("/kpis", kpi("Everything", null, null,
                    "{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":[{\"kpiId\":2},{\"kpiId\":1}]}",
                    null)), Role.JIRA_ADMIN);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("source.children[1].kpiId");
        }

        @Test
        void givenChildTheCallerMayNotSee_creating_reportsItAsMissing() {
            RestResponse response = send(RestRequest.post("/kpis", kpi("Everything", null, "TEAM",
                    "{\"type\":\"COMPOSITE\",\"aggregation\":\"SUM\",\"children\":[{\"kpiId\":5}]}", null)),
                    Role.JIRA_ADMIN);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorMessages()).containsExactly("Child KPI 5 does not exist");
        }

        @Test
        void givenDurationFromACustomDateFieldToResolution_creating_storesIt() {
            RestResponse response = send(RestRequest.post("/kpis", kpi("Time to resolve", null, "TEAM",
                    "{\"type\":\"DURATION\",\"jql\":\"project = TEAM\",\"fromField\":\"First response\","
                            + "\"toField\":\"resolutiondate\",\"statistic\":\"MEDIAN\"}", null)), Role.OWNER);

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            assertThat(response.json().path("source").path("fromField").asText()).isEqualTo("First response");
        }

        @Test
        void givenDurationFromAFieldJiraDoesNotKnowAsADate_creating_namesTheFieldAndStoresNothing() {
            var before = world.snapshot();

            RestResponse response = send(RestRequest.post("/kpis", kpi("Time to resolve", null, "TEAM",
                    "{\"type\":\"DURATION\",\"jql\":\"project = TEAM\",\"fromField\":\"Story Points\","
                            + "\"toField\":\"resolutiondate\",\"statistic\":\"MEDIAN\"}", null)), Role.OWNER);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("source.fromField");
            assertThat(response.errorMessages()).singleElement().asString()
                    .startsWith("Jira has no date field \"Story Points\"");
            assertThat(world.snapshot()).isEqualTo(before);
        }

        @Test
        void givenPerAgentKpiOfAnUnknownGroup_creating_namesTheGroup() {
            RestResponse response = send(RestRequest.post("/kpis", kpi("Load", null, "TEAM",
                    "{\"type\":\"PER_AGENT\",\"jql\":\"project = TEAM\",\"agents\":\"GROUP\",\"group\":\"ghosts\"}",
                    null)), Role.OWNER);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("source.group");
            assertThat(response.errorMessages()).containsExactly("Group \"ghosts\" does not exist");
        }
    }

    @Nested
    class Updating {

        @Test
        void givenCurrentVersion_updatingTheTarget_bumpsTheVersionAndRecordsTheChange() {
            RestResponse response = send(RestRequest.put("/kpis/" + TEAM_JQL,
                    kpi("Open tickets", "owner", "TEAM", jqlSource(TEAM_JQL_QUERY), 0L).replace("\"target\":20",
                            "\"target\":15")), Role.PROJECT_ADMIN);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("version").asLong()).isEqualTo(1);
            assertThat(response.json().path("target").asDouble()).isEqualTo(15);
            assertThat(world.snapshot().targetChanges()).singleElement()
                    .satisfies(change -> assertThat(change.newTarget()).isEqualTo(15));
        }

        @Test
        void givenStaleVersion_updating_answers409() {
            RestResponse response = send(RestRequest.put("/kpis/" + TEAM_JQL,
                    kpi("Renamed", "owner", "TEAM", jqlSource(TEAM_JQL_QUERY), 3L)), Role.OWNER);

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.errorMessages()).singleElement().asString().contains("was changed by someone else");
        }

        @Test
        void givenParentThatWouldMakeALoop_updating_namesParentId() {
            world.store(KpiTestData.aKpi().named("Child").scope(Role.PROJECT).ownedBy(user(Role.OWNER))
                    .source(new dev.waypoint.kpi.KpiSource.Manual()).parent(new KpiId(TEAM_JQL)));

            RestResponse response = send(RestRequest.put("/kpis/" + TEAM_JQL,
                    kpi("Open tickets", "owner", "TEAM", jqlSource(TEAM_JQL_QUERY), 0L)
                            .replace("\"owner\":", "\"parentId\":6,\"owner\":")), Role.OWNER);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("parentId");
            assertThat(response.errorMessages()).containsExactly("Parent KPI 6 would make a loop in the KPI tree");
        }

        @Test
        void givenProjectAdmin_changingTheJql_isRefused() {
            RestResponse response = send(RestRequest.put("/kpis/" + TEAM_JQL,
                    kpi("Open tickets", "owner", "TEAM", jqlSource("project = TEAM"), 0L)), Role.PROJECT_ADMIN);

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.errorMessages()).singleElement().asString()
                    .startsWith("Only the owner of a KPI or a Jira administrator can change its JQL");
        }

        @Test
        void givenKpiWithChildren_deleting_answers409AndKeepsIt() {
            world.store(KpiTestData.aKpi().named("Child").scope(Role.PROJECT).ownedBy(user(Role.OWNER))
                    .parent(new KpiId(TEAM_JQL)));

            RestResponse response = send(RestRequest.delete("/kpis/" + TEAM_JQL), Role.OWNER);

            assertThat(response.status()).isEqualTo(409);
            assertThat(world.repositories().kpis().findById(new KpiId(TEAM_JQL))).isPresent();
        }

        @Test
        void givenOwner_deleting_removesTheKpiWithItsValues() {
            RestResponse response = send(RestRequest.delete("/kpis/" + TEAM_JQL), Role.OWNER);

            assertThat(response.status()).isEqualTo(204);
            assertThat(world.snapshot().kpis()).extracting(Kpi::id).doesNotContain(new KpiId(TEAM_JQL));
            assertThat(world.snapshot().values()).extracting(KpiValue::kpiId).doesNotContain(new KpiId(TEAM_JQL));
        }
    }

    @Nested
    class ValidatingJql {

        @Test
        void givenRatioWithABadNumerator_validating_answersJirasMessageOnItsField() {
            world.search().invalid("bad jql", "Error in the JQL Query: Expecting operator but got 'jql'.");

            RestResponse response = send(RestRequest.post("/kpis/validate-jql", "{\"project\":\"TEAM\",\"source\":"
                    + "{\"type\":\"JQL_RATIO\",\"numeratorJql\":\"bad jql\",\"denominatorJql\":\"project = TEAM\"}}"),
                    Role.PROJECT_MEMBER);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().toString()).isEqualTo("{\"valid\":false,\"errors\":[{\"field\":"
                    + "\"source.numeratorJql\",\"message\":\"Error in the JQL Query: Expecting operator but got "
                    + "'jql'.\"}],\"count\":null}");
            assertThat(world.snapshot().kpis()).hasSize(5);
            assertThat(world.search().searches()).isZero();
        }

        @Test
        void givenJiraAdmin_validatingAsTheOwner_checksAndCountsAsTheOwner() {
            world.search().count("project = TEAM", 142);

            RestResponse response = send(RestRequest.post("/kpis/validate-jql",
                    "{\"owner\":\"owner\",\"source\":" + jqlSource("project = TEAM") + "}"), Role.JIRA_ADMIN);

            assertThat(response.json().path("valid").asBoolean()).isTrue();
            assertThat(response.json().path("count").toString())
                    .isEqualTo("{\"field\":\"source.jql\",\"issues\":142,\"error\":null}");
            assertThat(world.search().calls()).extracting(CountingIssueSearch.Call::asUser)
                    .containsExactly(user(Role.OWNER), user(Role.OWNER));
            assertThat(world.search().searches()).isEqualTo(1);
        }

        @Test
        void givenRatio_validatingWithTheFieldToCount_countsThatQuery() {
            world.search().count("project = TEAM AND resolved >= -30d", 40);

            RestResponse response = send(RestRequest.post("/kpis/validate-jql", "{\"project\":\"TEAM\",\"source\":"
                    + "{\"type\":\"JQL_RATIO\",\"numeratorJql\":\"project = TEAM\",\"denominatorJql\":"
                    + "\"project = TEAM AND resolved >= -30d\"},\"count\":\"source.denominatorJql\"}"),
                    Role.PROJECT_MEMBER);

            assertThat(response.json().path("count").path("field").asText()).isEqualTo("source.denominatorJql");
            assertThat(response.json().path("count").path("issues").asLong()).isEqualTo(40);
        }

        @Test
        void givenMissingQuery_validating_answers400() {
            RestResponse response = send(RestRequest.post("/kpis/validate-jql",
                    "{\"source\":{\"type\":\"JQL_COUNT\",\"jql\":\"  \"}}"), Role.OWNER);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("source.jql");
        }
    }

    @Nested
    class Values {

        @Test
        void givenDefaultPeriod_listingValues_answersTheLast30DaysOldestFirstWithHealth() {
            JsonNode values = send(RestRequest.get("/kpis/" + TEAM_JQL + "/values"), Role.PROJECT_MEMBER).json();

            assertThat(values).hasSize(3);
            assertThat(values.get(0).path("value").asDouble()).isEqualTo(35);
            assertThat(values.get(0).path("health").asText()).isEqualTo("RED");
            assertThat(values.get(2).path("health").asText()).isEqualTo("AMBER");
        }

        @Test
        void givenPeriod_listingValues_answersThoseDaysOnly() {
            JsonNode values = send(RestRequest.get("/kpis/" + TEAM_JQL + "/values").query("from", "2026-02-10")
                    .query("to", "2026-02-12"), Role.PROJECT_MEMBER).json();

            assertThat(values).singleElement().satisfies(v -> assertThat(v.path("value").asDouble()).isEqualTo(28));
        }

        @Test
        void givenPerAgentKpi_listingValues_showsTheBreakdownWithUnassignedLast() {
            JsonNode value = send(RestRequest.get("/kpis/" + TEAM_AGENTS + "/values"), Role.OWNER).json().get(0);

            assertThat(value.path("breakdown").toString()).isEqualTo("[{\"agent\":\"a2\",\"unassigned\":false,"
                    + "\"count\":4,\"health\":\"GREEN\"},{\"agent\":\"a1\",\"unassigned\":false,\"count\":12,"
                    + "\"health\":\"AMBER\"},{\"agent\":null,\"unassigned\":true,\"count\":3,\"health\":\"UNKNOWN\"}]");
        }

        @Test
        void givenSameValueTwice_recordingAManualValue_keepsOneValuePerDate() {
            RestRequest put = RestRequest.put("/kpis/" + TEAM_MANUAL + "/values/2026-02-14", "{\"value\":7}");

            RestResponse first = send(put, Role.OWNER);
            RestResponse second = send(put, Role.OWNER);

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.json()).isEqualTo(first.json());
            assertThat(second.json().path("at").asText()).isEqualTo("2026-02-14T00:00:00Z");
            assertThat(second.json().path("health").asText()).isEqualTo("AMBER");
            assertThat(world.snapshot().values()).filteredOn(v -> v.kpiId().equals(new KpiId(TEAM_MANUAL)))
                    .hasSize(1);
        }

        @Test
        void givenDateInTheFuture_recordingAValue_answers400OnDate() {
            RestResponse response = send(RestRequest.put("/kpis/" + TEAM_MANUAL + "/values/2026-02-16",
                    "{\"value\":7}"), Role.OWNER);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("date");
        }

        @Test
        void givenAManualValue_deletingItsDate_removesItAndAnswers204TwiceOver() {
            send(RestRequest.put("/kpis/" + TEAM_MANUAL + "/values/2026-02-14", "{\"value\":7}"), Role.OWNER);
            RestRequest delete = RestRequest.delete("/kpis/" + TEAM_MANUAL + "/values/2026-02-14");

            assertThat(send(delete, Role.OWNER).status()).isEqualTo(204);
            assertThat(send(delete, Role.OWNER).status()).isEqualTo(204);
            assertThat(world.snapshot().values()).filteredOn(v -> v.kpiId().equals(new KpiId(TEAM_MANUAL)))
                    .extracting(v -> v.at().toString()).doesNotContain("2026-02-14T00:00:00Z");
        }

        @Test
        void givenAMalformedDate_deletingAValue_answers400OnDate() {
            RestResponse response = send(RestRequest.delete("/kpis/" + TEAM_MANUAL + "/values/14.2.2026"), Role.OWNER);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("date");
        }

        @Test
        void givenJqlKpi_recordingAValue_answers400OnSource() {
            RestResponse response = send(RestRequest.put("/kpis/" + TEAM_JQL + "/values/2026-02-14",
                    "{\"value\":7}"), Role.OWNER);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("source");
        }
    }

    @Nested
    class Refreshing {

        @Test
        void givenJqlKpi_refreshingNow_countsAsTheOwnerAndRecordsTheValue() {
            world.search().count(TEAM_JQL_QUERY, 12);

            RestResponse response = send(RestRequest.method("POST", "/kpis/" + TEAM_JQL + "/refresh"),
                    Role.PROJECT_ADMIN);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("value").asDouble()).isEqualTo(12);
            assertThat(response.json().path("health").asText()).isEqualTo("GREEN");
            assertThat(response.json().path("at").asText()).isEqualTo(KpiFixture.NOW.toString());
            assertThat(world.search().calls()).containsExactly(
                    new CountingIssueSearch.Call("count", TEAM_JQL_QUERY, user(Role.OWNER), 0));
            assertThat(world.snapshot().values()).hasSize(6);
        }

        @Test
        void givenQueryJiraRefuses_refreshingNow_recordsAndAnswersTheError() {
            world.search().failWhen(jql -> true, "The owner may no longer browse TEAM");

            JsonNode value = send(RestRequest.method("POST", "/kpis/" + TEAM_JQL + "/refresh"), Role.OWNER).json();

            assertThat(value.path("value").isNull()).isTrue();
            assertThat(value.path("health").asText()).isEqualTo("UNKNOWN");
            assertThat(value.path("error").path("code").asText()).isEqualTo("SEARCH_FAILED");
            assertThat(value.path("error").path("message").asText())
                    .isEqualTo("Jira could not run the query: The owner may no longer browse TEAM");
        }
    }

    @Nested
    class CsvExport {

        @Test
        void givenPerAgentKpi_exporting_writesAValueRowAndARowPerAgent() {
            RestResponse response = send(RestRequest.get("/kpis/" + TEAM_AGENTS + "/values.csv"), Role.OWNER);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.mediaType()).startsWith("text/csv");
            assertThat(response.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"waypoint-kpi-4-values.csv\"");
            assertThat(response.body().split("\r\n")).containsExactly(
                    "kpi_id,kpi_name,project,unit,row,recorded_at,date,value,health,agent,count,error_code,error",
                    "4,Open tickets per agent,TEAM,tickets,VALUE,2026-02-15T09:00:00Z,2026-02-15,9.5,GREEN,,,,",
                    "4,Open tickets per agent,TEAM,tickets,AGENT,2026-02-15T09:00:00Z,2026-02-15,,GREEN,a2,4,,",
                    "4,Open tickets per agent,TEAM,tickets,AGENT,2026-02-15T09:00:00Z,2026-02-15,,AMBER,a1,12,,",
                    "4,Open tickets per agent,TEAM,tickets,UNASSIGNED,2026-02-15T09:00:00Z,2026-02-15,,UNKNOWN,,3,,");
        }

        @Test
        void givenNameThatLooksLikeAFormula_exporting_writesItAsText() {
            Kpi kpi = world.store(KpiTestData.aKpi().named("=HYPERLINK(\"http://evil\",\"x\")").scope(Role.PROJECT)
                    .ownedBy(user(Role.OWNER)).unit("-1+1"));
            world.store(KpiValue.of(kpi.id(), KpiFixture.NOW.minusSeconds(60), -3));

            String csv = send(RestRequest.get("/kpis/" + kpi.id() + "/values.csv"), Role.OWNER).body();

            assertThat(csv.split("\r\n")[1])
                    .isEqualTo("6,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",TEAM,'-1+1,VALUE,2026-02-15T09:59:00Z,"
                            + "2026-02-15,-3,GREEN,,,,");
        }

        @Test
        void givenKpiTheCallerMayNotSee_exporting_answers404AsJson() {
            RestResponse response = send(RestRequest.get("/kpis/" + TEAM_JQL + "/values.csv"),
                    Role.LICENSED_WITHOUT_BROWSE);

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.mediaType()).startsWith("application/json");
            assertThat(response.errors()).hasSize(1);
        }
    }
}
