package dev.waypoint.jira.rest.leadflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.objective.FinalGrade;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13 through the REST API: linking several issues in one go (by search, by JQL, an epic with its children),
 * progress at once, "refresh now", correcting and deleting one's own check-ins; and issue 12's project page in a
 * closed cycle and with company-wide progress.
 */
class LeadFlowEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
        fixture.search.reset();
    }

    private static IssueFacts facts(long id, String key, StatusCategory status, boolean epic) {
        return new IssueFacts(new IssueId(id), key, null, status, Map.of(), null, 0, 0, epic);
    }

    private KeyResult issuesKeyResult() {
        return fixture.storage().keyResults().insert(new KeyResult(null, fixture.team.id(), "Ship the support epics",
                OkrRestFixture.OWNER, Weight.ONE, null, new Measure.Issues(IssuesMode.COUNT, IssuesScope.LIVE, null),
                ValueSource.manual(), 0));
    }

    private JsonNode keyResultOnThePage(long id, Role role) {
        RestResponse page = rest.send(RestRequest.get("/projects/TEAM/okrs").as(role));
        for (JsonNode root : page.json().path("objectives")) {
            JsonNode found = find(root, id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("key result " + id + " is not on the page");
    }

    private static JsonNode find(JsonNode objective, long id) {
        for (JsonNode keyResult : objective.path("keyResults")) {
            if (keyResult.path("id").asLong() == id) {
                return keyResult;
            }
        }
        for (JsonNode child : objective.path("children")) {
            JsonNode found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Nested
    class LinkingSeveralIssues {

        @Test
        void givenThreeKeysOneLinkedOneInvisible_linking_linksTheOthersAndNamesNoInvisibleIssue() {
            RestResponse response = rest.send(RestRequest.post(fixture.keyResultPath(fixture.kr) + "/issue-selection",
                    "{\"issueKeys\":[\"TEAM-1\",\"team-2\",\"TEAM-3\",\"OTHER-1\"]}").as(Role.OWNER));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("linked")).extracting(l -> l.path("issueKey").asText())
                    .containsExactly("TEAM-1", "TEAM-3");
            assertThat(response.json().path("alreadyLinked").asInt()).isEqualTo(1);
            assertThat(response.json().path("notFound")).extracting(JsonNode::asText).containsExactly("OTHER-1");
            assertThat(response.body()).doesNotContain("Secret issue");
            assertThat(fixture.contents().initiatives()).filteredOn(i -> i.keyResultId().equals(fixture.kr.id()))
                    .extracting(Initiative::issueId)
                    .containsExactlyInAnyOrder(new IssueId(101), new IssueId(102), new IssueId(103));
        }

        @Test
        void givenAJqlQuery_preview_listsAndCountsOnlyWhatTheViewerSeesAndSearchesAsTheViewer() {
            fixture.search.count("project in (TEAM, OTHER)", 3).sample("project in (TEAM, OTHER)", List.of(
                    facts(101, "TEAM-1", StatusCategory.DONE, false), facts(201, "OTHER-1", StatusCategory.DONE,
                            false), facts(104, "TEAM-4", StatusCategory.TO_DO, false)));

            RestResponse response = rest.send(RestRequest.post(fixture.keyResultPath(fixture.kr)
                    + "/issue-selection/preview", "{\"jql\":\"project in (TEAM, OTHER)\"}").as(Role.OWNER));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("issues")).extracting(i -> i.path("issueKey").asText())
                    .containsExactly("TEAM-1", "TEAM-4");
            assertThat(response.json().path("max").asInt()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("OTHER-1");
            assertThat(fixture.search.calls()).allSatisfy(call -> assertThat(call.asUser())
                    .isEqualTo(new UserKey("owner")));
        }

        @Test
        void givenAQueryJiraRefuses_linking_answers400OnJqlWithJirasWordsAndLinksNothing() {
            fixture.search.invalid("project = NOPE", "The value 'NOPE' does not exist for the field 'project'.");
            var before = fixture.contents();

            RestResponse response = rest.send(RestRequest.post(fixture.keyResultPath(fixture.kr) + "/issue-selection",
                    "{\"jql\":\"project = NOPE\"}").as(Role.OWNER));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("jql");
            assertThat(response.errorMessages().get(0)).contains("does not exist for the field 'project'");
            assertThat(fixture.contents()).isEqualTo(before);
        }

        @Test
        void givenAnEpic_linkingWithItsChildren_linksTheEpicAndTheChildrenTheViewerSees() {
            fixture.search.sample("issue in (102)", List.of(facts(102, "TEAM-2", StatusCategory.IN_PROGRESS, true)))
                    .count("\"Epic Link\" = \"TEAM-2\"", 1)
                    .sample("\"Epic Link\" = \"TEAM-2\"", List.of(facts(103, "TEAM-3", StatusCategory.TO_DO, false)));
            KeyResult issues = issuesKeyResult();

            RestResponse preview = rest.send(RestRequest.post(fixture.keyResultPath(issues)
                    + "/issue-selection/preview", "{\"epicKey\":\"TEAM-2\"}").as(Role.OWNER));
            RestResponse linked = rest.send(RestRequest.post(fixture.keyResultPath(issues) + "/issue-selection",
                    "{\"epicKey\":\"TEAM-2\"}").as(Role.OWNER));

            assertThat(preview.json().path("issues")).extracting(i -> i.path("issueKey").asText())
                    .containsExactly("TEAM-2", "TEAM-3");
            assertThat(preview.json().path("total").asLong()).isEqualTo(2);
            assertThat(linked.json().path("linked")).extracting(l -> l.path("issueKey").asText())
                    .containsExactly("TEAM-2", "TEAM-3");
        }

        @Test
        void givenAnIssueThatIsNoEpic_linkingItAsAnEpic_answers400OnEpicKey() {
            fixture.search.sample("issue in (101)", List.of(facts(101, "TEAM-1", StatusCategory.DONE, false)));

            RestResponse response = rest.send(RestRequest.post(fixture.keyResultPath(fixture.kr) + "/issue-selection",
                    "{\"epicKey\":\"TEAM-1\"}").as(Role.OWNER));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("epicKey");
            assertThat(response.errorMessages()).containsExactly("TEAM-1 is not an epic: link it as an issue instead");
        }

        @Test
        void givenTwoWaysAtOnce_linking_answers400() {
            RestResponse response = rest.send(RestRequest.post(fixture.keyResultPath(fixture.kr) + "/issue-selection",
                    "{\"issueKeys\":[\"TEAM-1\"],\"jql\":\"project = TEAM\"}").as(Role.OWNER));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("issueKeys");
        }

        @Test
        void givenAnIssueLinkedAlready_linkingItAgainByKey_namesTheIssueAndTheKeyResultByTitle() {
            RestResponse response = rest.send(RestRequest.post(fixture.keyResultPath(fixture.kr) + "/initiatives",
                    "{\"issueKey\":\"TEAM-2\"}").as(Role.OWNER));

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.errorMessages()).containsExactly(
                    "TEAM-2 is already linked to key result \"Answer tickets faster\"");
        }
    }

    @Nested
    class ProgressAtOnce {

        @Test
        void givenAnIssuesKeyResult_linkingIssues_showsItsProgressWithoutWaitingForTheJob() {
            fixture.search.sample("issue in (101, 103)", List.of(facts(101, "TEAM-1", StatusCategory.DONE, false),
                    facts(103, "TEAM-3", StatusCategory.TO_DO, false)));
            KeyResult issues = issuesKeyResult();
            assertThat(keyResultOnThePage(issues.id().value(), Role.OWNER).path("progress").path("warning").asText())
                    .isEqualTo("NO_VALUE");

            RestResponse linked = rest.send(RestRequest.post(fixture.keyResultPath(issues) + "/issue-selection",
                    "{\"issueKeys\":[\"TEAM-1\",\"TEAM-3\"]}").as(Role.OWNER));

            assertThat(linked.json().path("refreshed").asText()).isEqualTo("EVALUATED");
            JsonNode onPage = keyResultOnThePage(issues.id().value(), Role.OWNER);
            assertThat(onPage.path("progress").path("clamped").asDouble()).isEqualTo(0.5);
            assertThat(onPage.path("canRefresh").asBoolean()).isTrue();
        }

        @Test
        void givenAJqlKeyResult_refreshingTwiceWithinAMinute_searchesOnceAndStoresTheCount() {
            KeyResult jql = fixture.storage().keyResults().insert(new KeyResult(null, fixture.team.id(), "Open bugs",
                    OkrRestFixture.OWNER, Weight.ONE, null, new Measure.Metric(20, 5),
                    new ValueSource.Jql("type = Bug", Set.of()), 0));
            fixture.search.countOtherwise(query -> 12);

            RestResponse first = rest.send(RestRequest.post(fixture.keyResultPath(jql) + "/refresh", "{}")
                    .as(Role.OWNER));
            int searches = fixture.search.searches();
            RestResponse second = rest.send(RestRequest.post(fixture.keyResultPath(jql) + "/refresh", "{}")
                    .as(Role.OWNER));

            assertThat(first.json().path("result").asText()).isEqualTo("EVALUATED");
            assertThat(second.json().path("result").asText()).isEqualTo("RECENT");
            assertThat(fixture.search.searches()).isEqualTo(searches);
            assertThat(searches).isEqualTo(1);
            assertThat(fixture.search.searchedQueries().get(0)).isEqualTo("(type = Bug) AND project in (\"TEAM\")");
            assertThat(keyResultOnThePage(jql.id().value(), Role.OWNER).path("latestCheckIn").path("value")
                    .asDouble()).isEqualTo(12);
        }

        @Test
        void givenAKeyResultWithoutValue_gettingThePage_showsNoDataYetAndItDoesNotPullTheObjectiveDown() {
            fixture.keyResult(fixture.team.id(), "No data yet", OkrRestFixture.OWNER, new Measure.Metric(0, 10));

            RestResponse page = rest.send(RestRequest.get("/projects/TEAM/okrs").as(Role.OWNER));

            JsonNode team = page.json().path("objectives").get(0).path("children").get(0);
            assertThat(team.path("title").asText()).isEqualTo("Delight TEAM customers");
            assertThat(team.path("progress").path("clamped").asDouble()).isEqualTo(0.4);
            JsonNode noData = team.path("keyResults").get(1);
            assertThat(noData.path("progress").path("clamped").isNull()).isTrue();
            assertThat(noData.path("progress").path("warning").asText()).isEqualTo("NO_VALUE");
            assertThat(noData.path("pace").asText()).isEqualTo("UNKNOWN");
        }
    }

    @Nested
    class CorrectingCheckIns {

        @Test
        void givenTheirOwnWrongCheckIn_theAuthor_correctsItAndTheHistoryShowsTheCorrection() {
            RestResponse corrected = rest.send(RestRequest.put(fixture.keyResultPath(fixture.kr) + "/check-ins/"
                    + fixture.checkIn.id(), "{\"value\":5,\"confidence\":8,\"effectiveDate\":\"2026-02-01\"}")
                    .as(Role.OWNER));
            RestResponse history = rest.send(RestRequest.get(fixture.keyResultPath(fixture.kr) + "/check-ins")
                    .as(Role.OWNER));

            assertThat(corrected.status()).isEqualTo(200);
            assertThat(history.json().path("checkIns")).extracting(c -> c.path("value").asDouble())
                    .containsExactly(5.0);
            assertThat(history.json().path("changeable")).extracting(JsonNode::asLong)
                    .containsExactly(corrected.json().path("id").asLong());
            assertThat(history.json().path("expected")).extracting(p -> p.path("value").asDouble())
                    .containsExactly(0.0, 10.0);
            assertThat(history.json().path("cycleStart").asText()).isEqualTo("2026-01-01");
        }

        @Test
        void givenSomeoneElsesCheckIn_theKeyResultOwnerWhoIsNoAdmin_mayNeitherCorrectNorDeleteIt() {
            CheckIn admins = fixture.storage().checkIns().insert(new CheckIn(null, fixture.kr.id(), CheckInValue.of(6),
                    null, "by the admin", OkrRestFixture.JIRA_ADMIN, CheckInOrigin.MANUAL, OkrRestFixture.NOW,
                    LocalDate.of(2026, 2, 10)));
            String path = fixture.keyResultPath(fixture.kr) + "/check-ins/" + admins.id();

            RestResponse delete = rest.send(RestRequest.delete(path).as(Role.OWNER));
            RestResponse correct = rest.send(RestRequest.put(path, "{\"value\":7}").as(Role.OWNER));
            RestResponse history = rest.send(RestRequest.get(fixture.keyResultPath(fixture.kr) + "/check-ins")
                    .as(Role.OWNER));
            RestResponse byProjectAdmin = rest.send(RestRequest.delete(path).as(Role.PROJECT_ADMIN));

            assertThat(delete.status()).isEqualTo(403);
            assertThat(correct.status()).isEqualTo(403);
            assertThat(history.json().path("changeable")).extracting(JsonNode::asLong)
                    .containsExactly(fixture.checkIn.id().value());
            assertThat(byProjectAdmin.status()).isEqualTo(204);
        }

        @Test
        void givenAValueOfTheRefreshJob_deletingIt_answers400AndKeepsIt() {
            CheckIn computed = fixture.storage().checkIns().insert(CheckIn.refreshed(fixture.kr.id(), 3.0,
                    OkrRestFixture.NOW, LocalDate.of(2026, 2, 14)));

            RestResponse response = rest.send(RestRequest.delete(fixture.keyResultPath(fixture.kr) + "/check-ins/"
                    + computed.id()).as(Role.JIRA_ADMIN));

            assertThat(response.status()).isEqualTo(400);
            assertThat(fixture.contents().checkIns()).contains(computed);
        }
    }

    @Nested
    class ProjectPageOfIssue12 {

        @Test
        void givenAClosedCycle_gettingThePage_showsGradesWithTheirBandAndOffersNoAction() {
            fixture.storage().objectives().update(fixture.team.closed(new FinalGrade(0.72, "Strong quarter")));
            fixture.storage().cycles().update(fixture.storage().cycles().findById(fixture.q1.id()).orElseThrow()
                    .withState(CycleState.CLOSED));

            RestResponse page = rest.send(RestRequest.get("/projects/TEAM/okrs").query("cycleId",
                    fixture.q1.id().toString()).as(Role.OWNER));

            JsonNode team = page.json().path("objectives").get(0).path("children").get(0);
            assertThat(team.path("grade").path("score").asDouble()).isEqualTo(0.72);
            assertThat(team.path("grade").path("note").asText()).isEqualTo("Strong quarter");
            assertThat(team.path("gradeBand").asText()).isEqualTo("GREEN");
            assertThat(team.path("canEdit").asBoolean()).isFalse();
            assertThat(team.path("keyResults").get(0).path("canCheckIn").asBoolean()).isFalse();
            assertThat(team.path("keyResults").get(0).path("canRefresh").asBoolean()).isFalse();
            assertThat(page.json().path("actions").path("canCreateObjective").asBoolean()).isFalse();
        }

        @Test
        void givenACompanyObjectiveWithObjectivesInOtherProjects_gettingThePage_showsItsCompanyWideProgress() {
            ProjectKey app = new ProjectKey("APP");
            Objective other = fixture.objective(fixture.q1.id(), "Ship the app", ObjectiveLevel.TEAM, app,
                    OkrRestFixture.JIRA_ADMIN, fixture.company.id());
            KeyResult otherKr = fixture.keyResult(other.id(), "Releases", OkrRestFixture.JIRA_ADMIN,
                    new Measure.Metric(0, 10));
            fixture.storage().checkIns().insert(new CheckIn(null, otherKr.id(), CheckInValue.of(10), null, null,
                    OkrRestFixture.JIRA_ADMIN, CheckInOrigin.MANUAL, OkrRestFixture.NOW, LocalDate.of(2026, 2, 2)));

            rest.facts().browse(OkrRestFixture.JIRA_ADMIN.value(), app.value());

            RestResponse page = rest.send(RestRequest.get("/projects/TEAM/okrs").as(Role.JIRA_ADMIN));
            RestResponse owners = rest.send(RestRequest.get("/projects/TEAM/okrs").as(Role.OWNER));
            RestResponse tree = rest.send(RestRequest.get("/cycles/" + fixture.q1.id() + "/objective-tree")
                    .as(Role.JIRA_ADMIN));

            JsonNode company = page.json().path("objectives").get(0);
            assertThat(company.path("title").asText()).isEqualTo("Grow the company");
            assertThat(company.path("context").asBoolean()).isTrue();
            // its own key result has no value yet; TEAM's objective 0.4 and APP's objective 1.0 roll up to 0.7
            assertThat(company.path("progress").path("clamped").asDouble()).isEqualTo(0.7);
            assertThat(company.path("keyResultsTotal").asInt()).isEqualTo(3);
            JsonNode onCompanyPage = null;
            for (JsonNode node : tree.json().path("roots")) {
                if (node.path("objective").path("id").asLong() == fixture.company.id().value()) {
                    onCompanyPage = node;
                }
            }
            assertThat(onCompanyPage).as("the company objective on the company page").isNotNull();
            assertThat(onCompanyPage.path("progress").path("clamped").asDouble()).isEqualTo(0.7);
            // the owner may not browse APP: its objective counts nowhere for them, not even in the totals
            JsonNode forOwner = owners.json().path("objectives").get(0);
            assertThat(forOwner.path("progress").path("clamped").asDouble()).isEqualTo(0.4);
            assertThat(forOwner.path("keyResultsTotal").asInt()).isEqualTo(2);
        }

        @Test
        void givenOwners_gettingThePage_namesThemByDisplayNameAndOffersOwnersOnlyToAdmins() {
            RestResponse owner = rest.send(RestRequest.get("/projects/TEAM/okrs").as(Role.OWNER));
            RestResponse admin = rest.send(RestRequest.get("/projects/TEAM/okrs").as(Role.PROJECT_ADMIN));

            JsonNode team = owner.json().path("objectives").get(0).path("children").get(0);
            assertThat(team.path("ownerName").asText()).isEqualTo("Owner Name");
            assertThat(owner.json().path("viewer").path("displayName").asText()).isEqualTo("Owner Name");
            assertThat(owner.json().path("actions").path("canChooseOwner").asBoolean()).isFalse();
            assertThat(admin.json().path("actions").path("canChooseOwner").asBoolean()).isTrue();
        }
    }
}
