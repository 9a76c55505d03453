package dev.waypoint.jira.rest.objective;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.objective.Objective;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /objectives} and {@code /cycles/{id}/objective-tree} through the real JAX-RS runtime. */
class ObjectiveEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    @Test
    void givenProjectMember_creatingTeamObjectiveTheyOwn_answers201AndMayEditIt() {
        RestResponse response = rest.send(RestRequest.post("/objectives", "{\"cycleId\":" + fixture.q1.id()
                + ",\"title\":\"Ship the app\",\"level\":\"TEAM\",\"project\":\"TEAM\",\"owner\":\"member\","
                + "\"parentId\":" + fixture.company.id() + ",\"weight\":2}").as(Role.PROJECT_MEMBER));

        assertThat(response.status()).isEqualTo(201);
        JsonNode created = response.json();
        assertThat(created.path("title").asText()).isEqualTo("Ship the app");
        assertThat(created.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(created.path("commitment").asText()).isEqualTo("COMMITTED");
        assertThat(created.path("weight").asDouble()).isEqualTo(2);
        assertThat(created.path("canEdit").asBoolean()).isTrue();
    }

    @Test
    void givenOutsider_listingObjectivesOfCycle_seesOnlyCompanyAndPersonalOnes() {
        RestResponse response = rest.send(RestRequest.get("/objectives").query("cycleId", "" + fixture.q1.id())
                .as(Role.LICENSED_WITHOUT_BROWSE));

        assertThat(response.json()).extracting(o -> o.path("title").asText())
                .containsExactly("Grow the company", "Simplify the company", "Learn Java 21");
    }

    @Test
    void givenFilters_listingObjectives_appliesProjectLevelAndOwner() {
        RestResponse byProject = rest.send(RestRequest.get("/objectives").query("cycleId", "" + fixture.q1.id())
                .query("project", "TEAM").as(Role.JIRA_ADMIN));
        RestResponse byLevelAndOwner = rest.send(RestRequest.get("/objectives").query("cycleId", "" + fixture.q1.id())
                .query("level", "INDIVIDUAL").query("owner", "owner").as(Role.JIRA_ADMIN));

        assertThat(byProject.json()).extracting(o -> o.path("title").asText()).containsExactly("Delight TEAM customers");
        assertThat(byLevelAndOwner.json()).extracting(o -> o.path("title").asText()).containsExactly("Learn Java 21");
    }

    @Test
    void givenTwoEditsOfTheSameVersion_updating_secondAnswers409() {
        String body = "{\"cycleId\":" + fixture.q1.id() + ",\"title\":\"First\",\"level\":\"TEAM\","
                + "\"project\":\"TEAM\",\"owner\":\"owner\",\"version\":0}";
        RestResponse first = rest.send(RestRequest.put("/objectives/" + fixture.team.id(), body).as(Role.OWNER));

        RestResponse second = rest.send(RestRequest.put("/objectives/" + fixture.team.id(),
                body.replace("First", "Second")).as(Role.PROJECT_ADMIN));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("version").asLong()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.errorMessages().get(0)).contains("changed by someone else");
    }

    @Test
    void givenOwner_movingTeamObjectiveToAProjectTheyCannotBrowse_answers403() {
        RestResponse response = rest.send(RestRequest.put("/objectives/" + fixture.team.id(),
                "{\"cycleId\":" + fixture.q1.id() + ",\"title\":\"Moved\",\"level\":\"TEAM\",\"project\":\"OTHER\","
                        + "\"owner\":\"owner\",\"version\":0}").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(403);
        assertThat(fixture.storage().objectives().findById(fixture.team.id()).orElseThrow().title())
                .isEqualTo("Delight TEAM customers");
    }

    @Test
    void givenProjectMember_creatingObjectiveOwnedBySomeoneElse_answers403() {
        RestResponse response = rest.send(RestRequest.post("/objectives", "{\"cycleId\":" + fixture.q1.id()
                + ",\"title\":\"Theirs\",\"level\":\"TEAM\",\"project\":\"TEAM\",\"owner\":\"owner\"}")
                .as(Role.PROJECT_MEMBER));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void givenTeamObjectiveWithKeyResults_deleting_removesItsKeyResultsCheckInsAndLinks() {
        RestResponse response = rest.send(RestRequest.delete("/objectives/" + fixture.team.id()).as(Role.OWNER));

        assertThat(response.status()).isEqualTo(204);
        assertThat(fixture.contents().keyResults()).extracting(k -> k.title()).doesNotContain("Answer tickets faster");
        assertThat(fixture.contents().checkIns()).isEmpty();
    }

    @Test
    void givenAlignedObjectives_gettingTheTree_nestsChildrenWithRollUpProgress() {
        RestResponse response = rest.send(RestRequest.get("/cycles/" + fixture.q1.id() + "/objective-tree")
                .as(Role.OWNER));

        assertThat(response.status()).isEqualTo(200);
        JsonNode roots = response.json().path("roots");
        assertThat(roots).extracting(n -> n.path("objective").path("title").asText())
                .containsExactly("Grow the company", "Simplify the company", "Learn Java 21");
        JsonNode company = roots.get(0);
        assertThat(company.path("children")).extracting(n -> n.path("objective").path("title").asText())
                .containsExactly("Delight TEAM customers");
        assertThat(company.path("children").get(0).path("progress").path("clamped").asDouble()).isEqualTo(0.4);
        assertThat(response.json().path("expectedProgress").asDouble()).isBetween(0.5, 0.52);
    }
    @Test
    void givenKpisTheCallerMayNotSeeOrThatDoNotExist_creatingAlignedObjective_answers400ForEachAndWritesNothing() {
        OkrRestFixture.Contents before = fixture.contents();
        long hidden = fixture.hiddenKpi.id().value();

        RestResponse response = rest.send(RestRequest.post("/objectives", "{\"cycleId\":" + fixture.q1.id()
                + ",\"title\":\"Aligned\",\"level\":\"TEAM\",\"project\":\"TEAM\",\"owner\":\"member\","
                + "\"alignedKpis\":[" + fixture.teamKpi.id().value() + "," + hidden + ",987654]}")
                .as(Role.PROJECT_MEMBER));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("alignedKpis", "alignedKpis");
        assertThat(response.errorMessages()).containsExactlyInAnyOrder(
                "There is no KPI " + hidden + " that you can see", "There is no KPI 987654 that you can see");
        assertThat(fixture.contents()).isEqualTo(before);
    }

    @Test
    void givenObjectiveAlignedToAKpiTheEditorMayNotSee_editingIt_keepsThatAlignmentUnshownButRefusesNewOnes() {
        Objective aligned = fixture.storage().objectives().update(
                fixture.team.withAlignedKpis(Set.of(fixture.hiddenKpi.id())));
        String body = "{\"cycleId\":" + fixture.q1.id() + ",\"title\":\"Delight them more\",\"level\":\"TEAM\","
                + "\"project\":\"TEAM\",\"owner\":\"owner\",\"parentId\":" + fixture.company.id()
                + ",\"alignedKpis\":[%s],\"version\":%d}";

        RestResponse kept = rest.send(RestRequest.put("/objectives/" + aligned.id(),
                body.formatted(fixture.hiddenKpi.id().value(), aligned.version())).as(Role.OWNER));
        RestResponse added = rest.send(RestRequest.put("/objectives/" + aligned.id(),
                body.formatted(fixture.hiddenKpi.id().value() + ",987654", aligned.version() + 1)).as(Role.OWNER));

        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().path("alignedKpis")).as("no ids of hidden items").isEmpty();
        assertThat(fixture.storage().objectives().findById(aligned.id()).orElseThrow().alignedKpis())
                .containsExactly(fixture.hiddenKpi.id());
        assertThat(added.status()).isEqualTo(400);
        assertThat(added.errorMessages()).containsExactly("There is no KPI 987654 that you can see");
    }
}
