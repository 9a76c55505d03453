package dev.waypoint.jira.rest.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.waypoint.access.Role;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.Weight;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The disclosure rule (DESIGN §5) on every read endpoint of OKRs: a viewer who may see an objective but not the KPI,
 * the JQL projects or the issues behind one of its key results receives no number derived from them. The key results
 * of the data set carry values no other item has; the rule holds when none of them appears in any answer to the
 * project member (who browses TEAM, not OTHER), and the control shows the same request answering them to a Jira
 * administrator who may browse OTHER, so the check can fail.
 */
class DisclosureTest {

    /**
     * Values that only the hidden key results' sources produce: their values, their progress ((4242.5 - 777.25) /
     * 111.25 = 31.148..., 5151 / 10000, 0.3131) and the KPI-bound key result's baseline and target.
     */
    private static final List<String> SECRETS = List.of("4242.5", "5151", "0.3131", "777.25", "888.5", "31.148",
            "0.5151");

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    private KeyResult fromKpi;
    private KeyResult fromJql;
    private KeyResult fromIssues;

    @BeforeEach
    void data() {
        fixture.reset();
        rest.facts().browse(Role.JIRA_ADMIN.userKey(), "OTHER");
        fromKpi = keyResult(fixture.team.id().value(), "Counted by a secret KPI", new Measure.Metric(777.25, 888.5),
                new ValueSource.Kpi(fixture.hiddenKpi.id()));
        value(fromKpi, 4242.5);
        fromJql = keyResult(fixture.company.id().value(), "Counted in OTHER", new Measure.Metric(0, 10_000),
                new ValueSource.Jql("type = Bug", Set.of(OkrRestFixture.OTHER)));
        value(fromJql, 5151);
        fromIssues = keyResult(fixture.team.id().value(), "Progress of OTHER's issues",
                new Measure.Issues(IssuesMode.COUNT, IssuesScope.LIVE, null), ValueSource.manual());
        value(fromIssues, 0.3131);
        for (long issue : new long[] {102, 201}) {
            fixture.storage().initiatives().insert(new Initiative(null, fromIssues.id(), new IssueId(issue),
                    OkrRestFixture.JIRA_ADMIN, OkrRestFixture.NOW));
        }
        fixture.storage().keyResultStatuses().save(new KeyResultRefreshStatus(fromIssues.id(), OkrRestFixture.NOW,
                null, 0, Set.of(OkrRestFixture.OTHER, OkrRestFixture.TEAM)));
    }

    static Stream<String> readEndpoints() {
        return Stream.of("project page", "objective tree", "okr progress of the project", "okr progress of the cycle",
                "okr progress of the objective", "export", "issue panel", "key result (KPI)", "key result (JQL)",
                "key result (issues)", "check-ins (KPI)", "check-ins (JQL)", "check-ins (issues)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readEndpoints")
    void givenAViewerWhoMayNotSeeTheSources_reading_receivesNoNumberFromThem(String endpoint) {
        RestResponse response = rest.send(request(endpoint).as(Role.PROJECT_MEMBER));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(SECRETS).allSatisfy(secret -> assertThat(response.body()).doesNotContain(secret));
        assertThat(response.body()).doesNotContain("\"kpiId\":" + fixture.hiddenKpi.id().value());
    }

    @Test
    void givenAViewerWhoMaySeeTheSources_readingThePage_receivesTheirNumbers() {
        String page = rest.send(request("project page").as(Role.JIRA_ADMIN)).body();

        assertThat(page).contains("4242.5", "5151.0", "0.3131", "0.5151");
    }

    @Test
    void givenAViewerWhoMayNotSeeTheSources_readingThePage_seesTheTitlesAsHiddenAndTheCountedShare() {
        String team = rest.send(request("project page").as(Role.PROJECT_MEMBER)).json().path("objectives").get(0)
                .path("children").get(0).toString();

        assertThat(team).contains("Counted by a secret KPI", "Progress of OTHER's issues", "\"hidden\":true")
                .contains("\"keyResultsCounted\":1", "\"keyResultsTotal\":3");
    }

    /**
     * The team objective counts only its manual key result (4 of 10) for the member; the company objective counts the
     * team objective (0.4), not the key result counted in OTHER, nor its own key result without a value yet ("no data
     * yet" counts nowhere, issue 13).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "project page, Delight TEAM customers, 0.4",
        "objective tree, Delight TEAM customers, 0.4",
        "okr progress of the project, Delight TEAM customers, 0.4",
        "okr progress of the cycle, Grow the company, 0.4",
        "okr progress of the objective, Grow the company, 0.4"})
    void givenAViewerWhoMayNotSeeTheSources_reading_getsObjectiveProgressOverWhatTheySee(String endpoint,
            String objective, double memberSees) {
        double member = progressOf(rest.send(request(endpoint).as(Role.PROJECT_MEMBER)).json(), objective);
        double admin = progressOf(rest.send(request(endpoint).as(Role.JIRA_ADMIN)).json(), objective);

        assertThat(member).isCloseTo(memberSees, within(1e-9));
        assertThat(admin).as("the admin's progress counts the sources in OTHER too").isGreaterThan(memberSees);
    }

    /** The clamped progress of the objective of that title, wherever the answer nests it. */
    private static double progressOf(JsonNode answer, String title) {
        JsonNode node = answer.findParents("progress").stream()
                .filter(n -> title.equals(n.path("title").asText())
                        || title.equals(n.path("objective").path("title").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no objective " + title + " in " + answer))
                .path("progress");
        return node.has("clamped") ? node.path("clamped").asDouble() : node.path("value").asDouble();
    }

    private RestRequest request(String endpoint) {
        String q1 = Long.toString(fixture.q1.id().value());
        return switch (endpoint) {
            case "project page" -> RestRequest.get("/projects/TEAM/okrs");
            case "objective tree" -> RestRequest.get("/cycles/" + q1 + "/objective-tree");
            case "okr progress of the project" -> RestRequest.get("/dashboard/okr-progress").query("project", "TEAM")
                    .query("cycle", q1);
            case "okr progress of the cycle" -> RestRequest.get("/dashboard/okr-progress").query("cycle", q1);
            case "okr progress of the objective" -> RestRequest.get("/dashboard/okr-progress")
                    .query("objective", Long.toString(fixture.company.id().value()));
            case "export" -> RestRequest.get("/cycles/" + q1 + "/export");
            case "issue panel" -> RestRequest.get("/issues/TEAM-2/key-results");
            case "key result (KPI)" -> RestRequest.get("/key-results/" + fromKpi.id());
            case "key result (JQL)" -> RestRequest.get("/key-results/" + fromJql.id());
            case "key result (issues)" -> RestRequest.get("/key-results/" + fromIssues.id());
            case "check-ins (KPI)" -> RestRequest.get("/key-results/" + fromKpi.id() + "/check-ins");
            case "check-ins (JQL)" -> RestRequest.get("/key-results/" + fromJql.id() + "/check-ins");
            case "check-ins (issues)" -> RestRequest.get("/key-results/" + fromIssues.id() + "/check-ins");
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private KeyResult keyResult(long objective, String title, Measure measure, ValueSource source) {
        return fixture.storage().keyResults().insert(new KeyResult(null,
                new dev.waypoint.objective.ObjectiveId(objective), title, OkrRestFixture.OWNER, Weight.ONE, null,
                measure, source, 0));
    }

    private void value(KeyResult keyResult, double value) {
        fixture.storage().checkIns().insert(new CheckIn(null, keyResult.id(), CheckInValue.of(value), null, null, null,
                CheckInOrigin.REFRESH, OkrRestFixture.NOW, LocalDate.of(2026, 2, 10)));
    }
}
