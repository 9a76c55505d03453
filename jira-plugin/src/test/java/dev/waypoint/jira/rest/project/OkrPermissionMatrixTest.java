package dev.waypoint.jira.rest.project;

import static dev.waypoint.access.Role.COMPANY_GROUP_MEMBER;
import static dev.waypoint.access.Role.JIRA_ADMIN;
import static dev.waypoint.access.Role.LICENSED_WITHOUT_BROWSE;
import static dev.waypoint.access.Role.OWNER;
import static dev.waypoint.access.Role.PROJECT_ADMIN;
import static dev.waypoint.access.Role.PROJECT_MEMBER;

import dev.waypoint.jira.rest.checkin.CheckInResource;
import dev.waypoint.jira.rest.cycle.CycleCloseResource;
import dev.waypoint.jira.rest.cycle.CycleResource;
import dev.waypoint.jira.rest.export.OkrExportResource;
import dev.waypoint.jira.rest.initiative.InitiativeResource;
import dev.waypoint.jira.rest.initiative.IssueSelectionResource;
import dev.waypoint.jira.rest.issue.IssueResource;
import dev.waypoint.jira.rest.keyresult.KeyResultRefreshResource;
import dev.waypoint.jira.rest.keyresult.KeyResultResource;
import dev.waypoint.jira.rest.objective.ObjectiveResource;
import dev.waypoint.jira.rest.objective.ObjectiveTreeResource;
import dev.waypoint.jira.rest.support.Expect;
import dev.waypoint.jira.rest.support.PermissionMatrix;
import dev.waypoint.jira.rest.support.PermissionMatrixTest;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.objective.Objective;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The permission matrix of every OKR endpoint (DESIGN §5) for the seven roles, on {@link OkrRestFixture}'s data set,
 * put back before every single request. Team items live in project TEAM: its members see them (the others get 404,
 * as if they did not exist); their owner, the project admins and the Jira admin change them. Company items: every
 * licensed user sees them, the company group and the Jira admin change them. Cycles: everyone sees them, the company
 * group and the Jira admin manage them.
 */
class OkrPermissionMatrixTest extends PermissionMatrixTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @Override
    public Set<Class<?>> coveredResources() {
        return Set.of(CycleResource.class, CycleCloseResource.class, ObjectiveTreeResource.class,
                OkrExportResource.class, ObjectiveResource.class, KeyResultResource.class, CheckInResource.class,
                InitiativeResource.class, IssueResource.class, ProjectPageResource.class, IssueSelectionResource.class,
                KeyResultRefreshResource.class);
    }

    @Override
    protected RestHarness harness() {
        return RestHarness.of(fixture::resources);
    }

    @Override
    protected void resetFixture(RestHarness harness) {
        fixture.reset();
    }

    /** Seen by whoever browses TEAM; 404 for the others. */
    private static Expect teamView(int status) {
        return Expect.allowed(status, PROJECT_MEMBER, OWNER, PROJECT_ADMIN, JIRA_ADMIN)
                .but(404, LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER);
    }

    /** Changed by the owner and the project's admins; 403 for other members; 404 for who cannot see it. */
    private static Expect teamEdit(int status) {
        return Expect.allowed(status, OWNER, PROJECT_ADMIN, JIRA_ADMIN)
                .but(404, LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER);
    }

    private static Expect companyEdit(int status) {
        return Expect.allowed(status, COMPANY_GROUP_MEMBER, JIRA_ADMIN);
    }

    private String objectiveBody(Objective o, String extra) {
        return "{\"cycleId\":" + o.cycleId() + ",\"title\":\"" + o.title() + " (edited)\",\"level\":\"" + o.level()
                + "\"" + (o.project() == null ? "" : ",\"project\":\"" + o.project() + "\"")
                + (o.owner() == null ? "" : ",\"owner\":\"" + o.owner() + "\"")
                + (o.parentId() == null ? "" : ",\"parentId\":" + o.parentId()) + extra + "}";
    }

    private static final String METRIC = "\"measure\":{\"type\":\"METRIC\",\"baseline\":0,\"target\":10}";

    @Override
    protected void rows(PermissionMatrix matrix, RestHarness harness) {
        cycles(matrix);
        objectives(matrix);
        keyResults(matrix);
        checkIns(matrix);
        initiativesAndIssues(matrix);
        readModels(matrix);
    }

    private void row(PermissionMatrix matrix, String name, Supplier<RestRequest> request, Expect expected) {
        matrix.row(name, request, expected);
    }

    private void cycles(PermissionMatrix matrix) {
        row(matrix, "GET /cycles", () -> RestRequest.get("/cycles"), Expect.loggedIn(200));
        row(matrix, "GET /cycles/{q1}", () -> RestRequest.get("/cycles/" + fixture.q1.id()), Expect.loggedIn(200));
        row(matrix, "POST /cycles", () -> RestRequest.post("/cycles",
                "{\"name\":\"H2 2026\",\"start\":\"2026-07-01\",\"end\":\"2026-12-31\"}"), companyEdit(201));
        row(matrix, "PUT /cycles/{q2}", () -> RestRequest.put("/cycles/" + fixture.q2.id(),
                "{\"name\":\"Q2\",\"start\":\"2026-04-01\",\"end\":\"2026-06-30\",\"version\":0}"), companyEdit(200));
        row(matrix, "DELETE /cycles/{q3}", () -> RestRequest.delete("/cycles/" + fixture.q3.id()), companyEdit(204));
        row(matrix, "DELETE /cycles/{q1} (has objectives)", () -> RestRequest.delete("/cycles/" + fixture.q1.id()),
                companyEdit(409));
        row(matrix, "POST /cycles/quarters", () -> RestRequest.post("/cycles/quarters", "{\"year\":2027}"),
                companyEdit(201));
        row(matrix, "GET /cycles/{q1}/close/preview",
                () -> RestRequest.get("/cycles/" + fixture.q1.id() + "/close/preview"), companyEdit(200));
        row(matrix, "POST /cycles/{q1}/close", () -> RestRequest.post("/cycles/" + fixture.q1.id() + "/close",
                "{\"version\":0}"), companyEdit(200));
        row(matrix, "POST /cycles/{q1}/close overriding the team objective",
                () -> RestRequest.post("/cycles/" + fixture.q1.id() + "/close", "{\"version\":0,\"overrides\":[{"
                        + "\"objectiveId\":" + fixture.team.id() + ",\"grade\":0.5,\"note\":\"fair\"}]}"),
                companyEdit(200).but(404, COMPANY_GROUP_MEMBER));
        row(matrix, "GET /cycles/{q1}/objective-tree",
                () -> RestRequest.get("/cycles/" + fixture.q1.id() + "/objective-tree"), Expect.loggedIn(200));
        row(matrix, "GET /cycles/{q1}/export", () -> RestRequest.get("/cycles/" + fixture.q1.id() + "/export"),
                Expect.loggedIn(200));
    }

    private void objectives(PermissionMatrix matrix) {
        row(matrix, "GET /objectives?cycleId", () -> RestRequest.get("/objectives")
                .query("cycleId", fixture.q1.id().toString()), Expect.loggedIn(200));
        row(matrix, "GET team objective", () -> RestRequest.get(fixture.objectivePath(fixture.team)), teamView(200));
        row(matrix, "GET company objective", () -> RestRequest.get(fixture.objectivePath(fixture.company)),
                Expect.loggedIn(200));
        row(matrix, "GET personal objective", () -> RestRequest.get(fixture.objectivePath(fixture.personal)),
                Expect.loggedIn(200));
        row(matrix, "GET objective of a project nobody browses",
                () -> RestRequest.get(fixture.objectivePath(fixture.hidden)), Expect.loggedIn(404));
        row(matrix, "POST team objective owned by the owner", () -> RestRequest.post("/objectives",
                "{\"cycleId\":" + fixture.q1.id() + ",\"title\":\"New\",\"level\":\"TEAM\",\"project\":\"TEAM\","
                        + "\"owner\":\"owner\"}"), Expect.allowed(201, OWNER, PROJECT_ADMIN, JIRA_ADMIN));
        row(matrix, "POST company objective", () -> RestRequest.post("/objectives",
                "{\"cycleId\":" + fixture.q1.id() + ",\"title\":\"New\",\"level\":\"COMPANY\"}"), companyEdit(201));
        row(matrix, "POST personal objective owned by the owner", () -> RestRequest.post("/objectives",
                "{\"cycleId\":" + fixture.q1.id() + ",\"title\":\"New\",\"level\":\"INDIVIDUAL\",\"owner\":\"owner\"}"),
                Expect.allowed(201, OWNER, COMPANY_GROUP_MEMBER, JIRA_ADMIN));
        row(matrix, "PUT team objective", () -> RestRequest.put(fixture.objectivePath(fixture.team),
                objectiveBody(fixture.team, ",\"version\":0")), teamEdit(200));
        row(matrix, "PUT company objective", () -> RestRequest.put(fixture.objectivePath(fixture.company),
                objectiveBody(fixture.company, ",\"version\":0")), companyEdit(200));
        row(matrix, "PUT personal objective", () -> RestRequest.put(fixture.objectivePath(fixture.personal),
                objectiveBody(fixture.personal, ",\"version\":0")),
                Expect.allowed(200, OWNER, COMPANY_GROUP_MEMBER, JIRA_ADMIN));
        row(matrix, "DELETE team objective", () -> RestRequest.delete(fixture.objectivePath(fixture.team)),
                teamEdit(204));
        row(matrix, "DELETE company objective", () -> RestRequest.delete(fixture.objectivePath(fixture.company2)),
                companyEdit(204));
        row(matrix, "DELETE company objective with an aligned objective",
                () -> RestRequest.delete(fixture.objectivePath(fixture.company)), companyEdit(409));
    }

    private void keyResults(PermissionMatrix matrix) {
        row(matrix, "GET team key result", () -> RestRequest.get(fixture.keyResultPath(fixture.kr)), teamView(200));
        row(matrix, "GET company key result", () -> RestRequest.get(fixture.keyResultPath(fixture.companyKr)),
                Expect.loggedIn(200));
        row(matrix, "POST key result on the team objective", () -> RestRequest.post("/key-results",
                "{\"objectiveId\":" + fixture.team.id() + ",\"title\":\"More\"," + METRIC + "}"), teamEdit(201));
        row(matrix, "POST key result on the company objective", () -> RestRequest.post("/key-results",
                "{\"objectiveId\":" + fixture.company.id() + ",\"title\":\"More\"," + METRIC + "}"), companyEdit(201));
        row(matrix, "POST JQL key result owned by the owner", () -> RestRequest.post("/key-results",
                "{\"objectiveId\":" + fixture.team.id() + ",\"title\":\"Bugs\",\"owner\":\"owner\",\"measure\":{"
                        + "\"type\":\"METRIC\",\"baseline\":20,\"target\":5},\"source\":{\"type\":\"JQL\","
                        + "\"jql\":\"project = TEAM\"}}"),
                Expect.allowed(201, OWNER, JIRA_ADMIN).but(404, LICENSED_WITHOUT_BROWSE, COMPANY_GROUP_MEMBER));
        row(matrix, "PUT team key result", () -> RestRequest.put(fixture.keyResultPath(fixture.kr),
                "{\"title\":\"Faster\",\"owner\":\"owner\"," + METRIC + ",\"version\":0}"), teamEdit(200));
        row(matrix, "PUT company key result", () -> RestRequest.put(fixture.keyResultPath(fixture.companyKr),
                "{\"title\":\"Faster\",\"owner\":\"jadmin\"," + METRIC + ",\"version\":0}"), companyEdit(200));
        row(matrix, "DELETE team key result", () -> RestRequest.delete(fixture.keyResultPath(fixture.kr)),
                teamEdit(204));
    }

    private void checkIns(PermissionMatrix matrix) {
        row(matrix, "GET check-ins", () -> RestRequest.get(fixture.keyResultPath(fixture.kr) + "/check-ins"),
                teamView(200));
        row(matrix, "POST check-in", () -> RestRequest.post(fixture.keyResultPath(fixture.kr) + "/check-ins",
                "{\"value\":6,\"confidence\":8}"), teamEdit(201));
        row(matrix, "POST check-in on the company key result",
                () -> RestRequest.post(fixture.keyResultPath(fixture.companyKr) + "/check-ins", "{\"value\":6}"),
                companyEdit(201));
        row(matrix, "DELETE check-in (the owner's own)", () -> RestRequest.delete(fixture.keyResultPath(fixture.kr)
                + "/check-ins/" + fixture.checkIn.id()), teamEdit(204));
        row(matrix, "PUT check-in (the owner's own): correct it", () -> RestRequest.put(fixture.keyResultPath(
                fixture.kr) + "/check-ins/" + fixture.checkIn.id(), "{\"value\":5,\"confidence\":7}"),
                teamEdit(200));
        row(matrix, "POST refresh of a key result of check-ins", () -> RestRequest.post(fixture.keyResultPath(
                fixture.kr) + "/refresh", "{}"), teamEdit(400));
    }

    private void initiativesAndIssues(PermissionMatrix matrix) {
        row(matrix, "GET initiatives", () -> RestRequest.get(fixture.keyResultPath(fixture.kr) + "/initiatives"),
                teamView(200));
        row(matrix, "POST initiative TEAM-1", () -> RestRequest.post(fixture.keyResultPath(fixture.kr)
                + "/initiatives", "{\"issueKey\":\"TEAM-1\"}"), teamEdit(201));
        row(matrix, "POST initiative OTHER-1 (an issue nobody may see)",
                () -> RestRequest.post(fixture.keyResultPath(fixture.kr) + "/initiatives",
                        "{\"issueKey\":\"OTHER-1\"}"), teamEdit(404));
        row(matrix, "DELETE initiative TEAM-2", () -> RestRequest.delete(fixture.keyResultPath(fixture.kr)
                + "/initiatives/TEAM-2"), teamEdit(204));
        row(matrix, "POST issue-selection/preview", () -> RestRequest.post(fixture.keyResultPath(fixture.kr)
                + "/issue-selection/preview", "{\"issueKeys\":[\"TEAM-1\",\"TEAM-3\"]}"), teamEdit(200));
        row(matrix, "POST issue-selection: link two issues", () -> RestRequest.post(fixture.keyResultPath(fixture.kr)
                + "/issue-selection", "{\"issueKeys\":[\"TEAM-1\",\"TEAM-3\"]}"), teamEdit(200));
        row(matrix, "GET /issues/TEAM-1", () -> RestRequest.get("/issues/TEAM-1"), teamView(200));
        row(matrix, "GET /issues/OTHER-1", () -> RestRequest.get("/issues/OTHER-1"), Expect.loggedIn(404));
        row(matrix, "GET /issues/TEAM-3/key-results", () -> RestRequest.get("/issues/TEAM-3/key-results"),
                teamView(200));
    }

    private void readModels(PermissionMatrix matrix) {
        row(matrix, "GET /projects/TEAM/okrs", () -> RestRequest.get("/projects/TEAM/okrs"), teamView(200));
        row(matrix, "GET /projects/TEAM/okrs?cycleId", () -> RestRequest.get("/projects/TEAM/okrs")
                .query("cycleId", fixture.q1.id().toString()), teamView(200));
        row(matrix, "GET /projects/OTHER/okrs", () -> RestRequest.get("/projects/OTHER/okrs"), Expect.loggedIn(404));
    }
}
