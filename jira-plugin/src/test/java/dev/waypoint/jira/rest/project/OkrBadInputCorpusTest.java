package dev.waypoint.jira.rest.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.support.BadInputCorpus;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bad-input corpus of the OKR endpoints: the generated JSON attacks on every body and hand-written cases (wrong
 * types, missing fields, out-of-range and non-finite numbers, over-long and control-character text, unknown ids,
 * malformed dates, JSON syntax errors, wrong content types). Each must answer its status naming the field, never a
 * 5xx, and leave every stored row as it was ({@link OkrRestFixture#contents()} before and after). Sent by the Jira
 * admin, who may do everything, so that the input checks are what refuses.
 */
class OkrBadInputCorpusTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    private BadInputCorpus corpus() {
        fixture.reset();
        long q1 = fixture.q1.id().value();
        long company = fixture.company.id().value();
        long team = fixture.team.id().value();
        long kr = fixture.kr.id().value();
        long closed = fixture.storage().cycles().insert(dev.waypoint.cycle.Cycle.create("Q4 2025",
                java.time.LocalDate.of(2025, 10, 1), java.time.LocalDate.of(2025, 12, 31),
                dev.waypoint.cycle.CycleState.ACTIVE).withState(dev.waypoint.cycle.CycleState.CLOSED)).id().value();

        String objective = "{\"cycleId\":" + q1 + ",\"title\":\"Grow\",\"description\":\"More\",\"level\":\"TEAM\","
                + "\"kind\":\"BUILD\",\"commitment\":\"ASPIRATIONAL\",\"owner\":\"owner\",\"project\":\"TEAM\","
                + "\"parentId\":" + company + ",\"contributesToParent\":true,\"weight\":2,\"alignedKpis\":[1],"
                + "\"state\":\"DRAFT\"}";
        RestRequest createObjective = RestRequest.post("/objectives", objective);
        String update = objective.replace("}", ",\"version\":0}").replace("\"state\":\"DRAFT\",", "")
                .replace(",\"state\":\"DRAFT\"", "");
        RestRequest updateObjective = RestRequest.put("/objectives/" + team, update);
        String keyResult = "{\"objectiveId\":" + team + ",\"title\":\"Faster\",\"owner\":\"owner\",\"weight\":1,"
                + "\"unit\":\"h\",\"measure\":{\"type\":\"METRIC\",\"baseline\":8,\"target\":4},"
                + "\"source\":{\"type\":\"MANUAL\"}}";
        RestRequest createKeyResult = RestRequest.post("/key-results", keyResult);
        RestRequest updateKeyResult = RestRequest.put("/key-results/" + kr,
                keyResult.replace("\"objectiveId\":" + team + ",", "").replace("}}", "},\"version\":0}"));
        String checkIn = "{\"value\":5,\"confidence\":7,\"comment\":\"ok\",\"effectiveDate\":\"2026-02-10\"}";
        RestRequest recordCheckIn = RestRequest.post("/key-results/" + kr + "/check-ins", checkIn);
        String cycle = "{\"name\":\"H2\",\"start\":\"2026-07-01\",\"end\":\"2026-12-31\",\"state\":\"PLANNING\"}";
        RestRequest createCycle = RestRequest.post("/cycles", cycle);
        RestRequest updateCycle = RestRequest.put("/cycles/" + q1,
                "{\"name\":\"Q1\",\"start\":\"2026-01-01\",\"end\":\"2026-03-31\",\"state\":\"ACTIVE\",\"version\":0}");
        RestRequest quarters = RestRequest.post("/cycles/quarters", "{\"year\":2030}");
        String close = "{\"version\":0,\"overrides\":[{\"objectiveId\":" + team + ",\"grade\":0.5,\"note\":\"ok\"}],"
                + "\"carryOver\":{\"cycleId\":" + fixture.q2.id() + ",\"keyResultIds\":[" + kr + "]}}";
        RestRequest closeCycle = RestRequest.post("/cycles/" + q1 + "/close", close);
        RestRequest link = RestRequest.post("/key-results/" + kr + "/initiatives", "{\"issueKey\":\"TEAM-1\"}");
        RestRequest correctCheckIn = RestRequest.put("/key-results/" + kr + "/check-ins/" + fixture.checkIn.id(),
                checkIn);
        String selection = "{\"issueKeys\":[\"TEAM-1\",\"TEAM-3\"]}";
        RestRequest linkSelection = RestRequest.post("/key-results/" + kr + "/issue-selection", selection);
        RestRequest previewSelection = RestRequest.post("/key-results/" + kr + "/issue-selection/preview", selection);

        return BadInputCorpus.against(rest)
                .as(Role.JIRA_ADMIN)
                .unchanged(fixture::contents)
                // generated
                .jsonAttacks(createObjective)
                .jsonAttacks(updateObjective)
                .jsonAttacks(createKeyResult)
                .jsonAttacks(updateKeyResult)
                .jsonAttacks(recordCheckIn)
                .jsonAttacks(createCycle)
                .jsonAttacks(updateCycle)
                .jsonAttacks(quarters)
                .jsonAttacks(closeCycle)
                .jsonAttacks(link)
                .jsonAttacks(correctCheckIn)
                .jsonAttacks(linkSelection)
                .jsonAttacks(previewSelection)
                // objectives
                .add400("objective: title missing", createObjective.body(objective.replace("\"title\":\"Grow\",", "")),
                        "title")
                .add400("objective: title blank", createObjective.body(objective.replace("Grow", "   ")), "title")
                .add400("objective: title 256 characters",
                        createObjective.body(objective.replace("Grow", "x".repeat(256))), "title")
                .add400("objective: title with a line break", createObjective.body(objective.replace("Grow", "a\\nb")),
                        "title")
                .add400("objective: title with a bell", createObjective.body(objective.replace("Grow", "a\\u0007b")),
                        "title")
                .add400("objective: description 10,001 characters",
                        createObjective.body(objective.replace("More", "y".repeat(10_001))), "description")
                .add400("objective: description with an escape character",
                        createObjective.body(objective.replace("More", "a\\u001bb")), "description")
                .add400("objective: level missing",
                        createObjective.body(objective.replace("\"level\":\"TEAM\",", "")), "level")
                .add400("objective: level unknown", createObjective.body(objective.replace("\"TEAM\",\"kind",
                        "\"SQUAD\",\"kind")), "level")
                .add400("objective: level lower case", createObjective.body(objective.replace("\"TEAM\",\"kind",
                        "\"team\",\"kind")), "level")
                .add400("objective: team without project",
                        createObjective.body(objective.replace(",\"project\":\"TEAM\"", "")), "project")
                .add400("objective: project key malformed",
                        createObjective.body(objective.replace("\"project\":\"TEAM\"", "\"project\":\"te am\"")),
                        "project")
                .add400("objective: company with a project", createObjective.body(objective.replace(
                        "\"level\":\"TEAM\"", "\"level\":\"COMPANY\"")), "project")
                .add400("objective: weight 0", createObjective.body(objective.replace("\"weight\":2", "\"weight\":0")),
                        "weight")
                .add400("objective: weight negative",
                        createObjective.body(objective.replace("\"weight\":2", "\"weight\":-1")), "weight")
                .add400("objective: weight 1e300", createObjective.body(objective.replace("\"weight\":2",
                        "\"weight\":1e300")), "weight")
                .add400("objective: weight NaN (not JSON)", createObjective.body(objective.replace("\"weight\":2",
                        "\"weight\":NaN")), "weight")
                .add400("objective: weight as a string", createObjective.body(objective.replace("\"weight\":2",
                        "\"weight\":\"2\"")), "weight")
                .add400("objective: cycleId 0", createObjective.body(objective.replace("\"cycleId\":" + q1,
                        "\"cycleId\":0")), "cycleId")
                .add400("objective: cycleId fraction", createObjective.body(objective.replace("\"cycleId\":" + q1,
                        "\"cycleId\":1.5")), "cycleId")
                .add400("objective: cycleId beyond a long", createObjective.body(objective.replace(
                        "\"cycleId\":" + q1, "\"cycleId\":99999999999999999999")), "cycleId")
                .add400("objective: cycleId missing", createObjective.body(objective.replace(
                        "\"cycleId\":" + q1 + ",", "")), "cycleId")
                .add("objective: unknown cycle", createObjective.body(objective.replace("\"cycleId\":" + q1,
                        "\"cycleId\":999999")), 404, null)
                .add400("objective: closed cycle", createObjective.body(objective.replace("\"cycleId\":" + q1,
                        "\"cycleId\":" + closed)), "cycleId")
                .add("objective: unknown parent", createObjective.body(objective.replace("\"parentId\":" + company,
                        "\"parentId\":999999")), 404, null)
                .add("objective: parent in a project nobody browses", createObjective.body(objective.replace(
                        "\"parentId\":" + company, "\"parentId\":" + fixture.hidden.id())), 404, null)
                .add400("objective: parentId negative", createObjective.body(objective.replace(
                        "\"parentId\":" + company, "\"parentId\":-3")), "parentId")
                .add400("objective: state CLOSED", createObjective.body(objective.replace("DRAFT", "CLOSED")),
                        "state")
                .add400("objective: alignedKpis with 0", createObjective.body(objective.replace("[1]", "[0]")),
                        "alignedKpis[0]")
                .add400("objective: alignedKpis with a string",
                        createObjective.body(objective.replace("[1]", "[\"1\"]")), "alignedKpis[0]")
                .add400("objective: owner blank", createObjective.body(objective.replace("\"owner\":\"owner\"",
                        "\"owner\":\" \"")), "owner")
                .add400("objective: owner 256 characters", createObjective.body(objective.replace(
                        "\"owner\":\"owner\"", "\"owner\":\"" + "o".repeat(256) + "\"")), "owner")
                .add400("objective: duplicate key", createObjective.body(objective.replace("{\"cycleId\"",
                        "{\"title\":\"A\",\"cycleId\"")), "title")
                .add400("objective update: version missing", updateObjective.body(update.replace(",\"version\":0",
                        "")), "version")
                .add400("objective update: version negative", updateObjective.body(update.replace("\"version\":0",
                        "\"version\":-1")), "version")
                .add("objective update: stale version", updateObjective.body(update.replace("\"version\":0",
                        "\"version\":5")), 409, null)
                .add400("objective update: aligned to itself", updateObjective.body(update.replace(
                        "\"parentId\":" + company, "\"parentId\":" + team)), "parentId")
                .add("objective update: unknown objective", RestRequest.put("/objectives/999999", update), 404, null)
                .add400("objective update: id not a number", RestRequest.put("/objectives/abc", update), "id")
                .add400("objective get: id zero", RestRequest.get("/objectives/0"), "id")
                .add400("objective get: id with spaces", RestRequest.get("/objectives/%201"), "id")
                .add("objective delete: unknown", RestRequest.delete("/objectives/999999"), 404, null)
                .add("objective delete: wrong method PATCH", RestRequest.method("PATCH", "/objectives/" + team)
                        .body("{}"), 405, null)
                .add400("objective list: cycleId missing", RestRequest.get("/objectives"), "cycleId")
                .add400("objective list: cycleId negative", RestRequest.get("/objectives").query("cycleId", "-1"),
                        "cycleId")
                .add400("objective list: level unknown", RestRequest.get("/objectives").query("cycleId", "" + q1)
                        .query("level", "SQUAD"), "level")
                .add400("objective list: project malformed", RestRequest.get("/objectives").query("cycleId", "" + q1)
                        .query("project", "a b"), "project")
                // key results
                .add400("key result: objectiveId missing", createKeyResult.body(keyResult.replace(
                        "\"objectiveId\":" + team + ",", "")), "objectiveId")
                .add("key result: unknown objective", createKeyResult.body(keyResult.replace(
                        "\"objectiveId\":" + team, "\"objectiveId\":999999")), 404, null)
                .add("key result: objective nobody may see", createKeyResult.body(keyResult.replace(
                        "\"objectiveId\":" + team, "\"objectiveId\":" + fixture.hidden.id())), 404, null)
                .add400("key result: measure missing", createKeyResult.body(keyResult.replace(
                        "\"measure\":{\"type\":\"METRIC\",\"baseline\":8,\"target\":4},", "")), "measure")
                .add400("key result: measure type missing", createKeyResult.body(keyResult.replace(
                        "\"type\":\"METRIC\",", "")), "measure.type")
                .add400("key result: measure type unknown", createKeyResult.body(keyResult.replace("METRIC",
                        "PERCENT")), "measure.type")
                .add400("key result: target equals baseline", createKeyResult.body(keyResult.replace(
                        "\"target\":4", "\"target\":8")), "measure.target")
                .add400("key result: target missing", createKeyResult.body(keyResult.replace(",\"target\":4", "")),
                        "measure.target")
                .add400("key result: target 1e16", createKeyResult.body(keyResult.replace("\"target\":4",
                        "\"target\":1e16")), "measure.target")
                .add400("key result: target 1e999", createKeyResult.body(keyResult.replace("\"target\":4",
                        "\"target\":1e999")), "measure.target")
                .add400("key result: baseline as text", createKeyResult.body(keyResult.replace("\"baseline\":8",
                        "\"baseline\":\"eight\"")), "measure.baseline")
                .add400("key result: unknown measure property", createKeyResult.body(keyResult.replace(
                        "\"baseline\":8", "\"baseline\":8,\"goal\":3")), "measure.goal")
                .add400("key result: threshold without bounds", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"METRIC\",\"baseline\":8,\"target\":4}", "{\"type\":\"THRESHOLD\"}")),
                        "measure.min")
                .add400("key result: threshold max below min", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"METRIC\",\"baseline\":8,\"target\":4}",
                        "{\"type\":\"THRESHOLD\",\"min\":5,\"max\":1}")), "measure.max")
                .add400("key result: threshold negative tolerance", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"METRIC\",\"baseline\":8,\"target\":4}",
                        "{\"type\":\"THRESHOLD\",\"min\":5,\"tolerance\":-1}")), "measure.tolerance")
                .add400("key result: milestone title blank", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"METRIC\",\"baseline\":8,\"target\":4}",
                        "{\"type\":\"MILESTONE\",\"milestones\":[{\"title\":\"a\"},{\"title\":\" \"}]}")),
                        "measure.milestones[1].title")
                .add400("key result: milestone weight 0", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"METRIC\",\"baseline\":8,\"target\":4}",
                        "{\"type\":\"MILESTONE\",\"milestones\":[{\"title\":\"a\",\"weight\":0}]}")),
                        "measure.milestones[0].weight")
                .add400("key result: 51 milestones", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"METRIC\",\"baseline\":8,\"target\":4}",
                        "{\"type\":\"MILESTONE\",\"milestones\":[" + "{\"title\":\"m\"},".repeat(50)
                                + "{\"title\":\"m\"}]}")), "measure.milestones")
                .add400("key result: frozen total with LIVE scope", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"METRIC\",\"baseline\":8,\"target\":4}",
                        "{\"type\":\"ISSUES\",\"scope\":\"LIVE\",\"frozenTotal\":3}").replace(
                        "\"source\":{\"type\":\"MANUAL\"}", "\"source\":null")), "measure.frozenTotal")
                .add400("key result: JQL source without JQL", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"MANUAL\"}", "{\"type\":\"JQL\"}")), "source.jql")
                .add400("key result: JQL of 4,001 characters", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"MANUAL\"}", "{\"type\":\"JQL\",\"jql\":\"" + "a".repeat(4001) + "\"}")),
                        "source.jql")
                .add400("key result: KPI source without KPI", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"MANUAL\"}", "{\"type\":\"KPI\"}")), "source.kpiId")
                .add400("key result: KPI id 0", createKeyResult.body(keyResult.replace(
                        "{\"type\":\"MANUAL\"}", "{\"type\":\"KPI\",\"kpiId\":0}")), "source.kpiId")
                .add400("key result: unit 33 characters", createKeyResult.body(keyResult.replace("\"unit\":\"h\"",
                        "\"unit\":\"" + "u".repeat(33) + "\"")), "unit")
                .add400("key result: weight 0", createKeyResult.body(keyResult.replace("\"weight\":1",
                        "\"weight\":0")), "weight")
                .add400("key result: title too long", createKeyResult.body(keyResult.replace("Faster",
                        "f".repeat(256))), "title")
                .add("key result update: stale version", updateKeyResult.body(updateKeyResult.body()
                        .replace("\"version\":0", "\"version\":3")), 409, null)
                .add400("key result update: version missing", updateKeyResult.body(updateKeyResult.body()
                        .replace(",\"version\":0", "")), "version")
                .add("key result get: unknown", RestRequest.get("/key-results/999999"), 404, null)
                .add("key result get: in a project nobody browses",
                        RestRequest.get("/key-results/" + fixture.hiddenKr.id()), 404, null)
                .add400("key result delete: id not a number", RestRequest.delete("/key-results/1x"), "id")
                // check-ins
                .add400("check-in: empty object", recordCheckIn.body("{}"), "value")
                .add400("check-in: value 1e16", recordCheckIn.body(checkIn.replace("\"value\":5", "\"value\":1e16")),
                        "value")
                .add400("check-in: value -1e999", recordCheckIn.body(checkIn.replace("\"value\":5",
                        "\"value\":-1e999")), "value")
                .add400("check-in: value as a string", recordCheckIn.body(checkIn.replace("\"value\":5",
                        "\"value\":\"5\"")), "value")
                .add400("check-in: confidence 11", recordCheckIn.body(checkIn.replace("\"confidence\":7",
                        "\"confidence\":11")), "confidence")
                .add400("check-in: confidence -1", recordCheckIn.body(checkIn.replace("\"confidence\":7",
                        "\"confidence\":-1")), "confidence")
                .add400("check-in: confidence fraction", recordCheckIn.body(checkIn.replace("\"confidence\":7",
                        "\"confidence\":7.5")), "confidence")
                .add400("check-in: comment 4,001 characters", recordCheckIn.body(checkIn.replace("\"ok\"",
                        "\"" + "c".repeat(4001) + "\"")), "comment")
                .add400("check-in: comment with a NUL", recordCheckIn.body(checkIn.replace("\"ok\"",
                        "\"a\\u0000b\"")), "comment")
                .add400("check-in: effective date in the future", recordCheckIn.body(checkIn.replace("2026-02-10",
                        "2026-03-01")), "effectiveDate")
                .add400("check-in: effective date before the cycle", recordCheckIn.body(checkIn.replace(
                        "2026-02-10", "2025-12-31")), "effectiveDate")
                .add400("check-in: effective date 2026-02-30", recordCheckIn.body(checkIn.replace("2026-02-10",
                        "2026-02-30")), "effectiveDate")
                .add400("check-in: effective date with time", recordCheckIn.body(checkIn.replace("2026-02-10",
                        "2026-02-10T10:00:00Z")), "effectiveDate")
                .add400("check-in: effective date 1800", recordCheckIn.body(checkIn.replace("2026-02-10",
                        "1800-01-01")), "effectiveDate")
                .add400("check-in: milestones on a METRIC key result", recordCheckIn.body(
                        "{\"milestones\":[true]}"), "milestones")
                .add400("check-in: milestones not booleans", recordCheckIn.body("{\"milestones\":[\"yes\"]}"),
                        "milestones[0]")
                .add("check-in: unknown key result", RestRequest.post("/key-results/999999/check-ins", checkIn),
                        404, null)
                .add("check-in: key result nobody may see", RestRequest.post("/key-results/"
                        + fixture.hiddenKr.id() + "/check-ins", checkIn), 404, null)
                .add("check-in delete: unknown check-in", RestRequest.delete("/key-results/" + kr
                        + "/check-ins/999999"), 404, null)
                .add("check-in delete: check-in of another key result", RestRequest.delete("/key-results/"
                        + fixture.companyKr.id() + "/check-ins/" + fixture.checkIn.id()), 404, null)
                .add400("check-in delete: id not a number", RestRequest.delete("/key-results/" + kr
                        + "/check-ins/x"), "checkInId")
                .add400("check-in list: key result id negative", RestRequest.get("/key-results/-4/check-ins"),
                        "keyResultId")
                .add400("check-in correction: value 1e16", correctCheckIn.body(checkIn.replace("\"value\":5",
                        "\"value\":1e16")), "value")
                .add400("check-in correction: effective date in the future", correctCheckIn.body(checkIn.replace(
                        "2026-02-10", "2026-03-01")), "effectiveDate")
                .add400("check-in correction: empty object", correctCheckIn.body("{}"), "value")
                .add("check-in correction: unknown check-in", RestRequest.put("/key-results/" + kr
                        + "/check-ins/999999", checkIn), 404, null)
                .add("check-in correction: check-in of another key result", RestRequest.put("/key-results/"
                        + fixture.companyKr.id() + "/check-ins/" + fixture.checkIn.id(), checkIn), 404, null)
                .add400("check-in correction: id not a number", RestRequest.put("/key-results/" + kr
                        + "/check-ins/x", checkIn), "checkInId")
                .add400("refresh: a key result of check-ins", RestRequest.post("/key-results/" + kr + "/refresh",
                        "{}"), "source")
                .add("refresh: unknown key result", RestRequest.post("/key-results/999999/refresh", "{}"), 404, null)
                .add400("refresh: id not a number", RestRequest.post("/key-results/k/refresh", "{}"), "keyResultId")
                // cycles
                .add400("cycle: name missing", createCycle.body(cycle.replace("\"name\":\"H2\",", "")), "name")
                .add400("cycle: name 256 characters", createCycle.body(cycle.replace("H2", "n".repeat(256))), "name")
                .add400("cycle: end before start", createCycle.body(cycle.replace("2026-12-31", "2026-06-30")),
                        "end")
                .add400("cycle: start missing", createCycle.body(cycle.replace("\"start\":\"2026-07-01\",", "")),
                        "start")
                .add400("cycle: start 2200", createCycle.body(cycle.replace("2026-07-01", "2200-07-01")), "start")
                .add400("cycle: end not a date", createCycle.body(cycle.replace("2026-12-31", "31/12/2026")), "end")
                .add400("cycle: end as a number", createCycle.body(cycle.replace("\"2026-12-31\"", "20261231")),
                        "end")
                .add400("cycle: state CLOSED", createCycle.body(cycle.replace("PLANNING", "CLOSED")), "state")
                .add("cycle update: stale version", updateCycle.body(updateCycle.body().replace("\"version\":0",
                        "\"version\":9")), 409, null)
                .add("cycle update: unknown cycle", RestRequest.put("/cycles/999999", updateCycle.body()), 404, null)
                .add("cycle update: closed cycle", RestRequest.put("/cycles/" + closed, updateCycle.body()), 409,
                        null)
                .add400("cycle update: end before start", updateCycle.body(updateCycle.body()
                        .replace("2026-03-31", "2025-12-31")), "end")
                .add400("cycle update: state CLOSED", updateCycle.body(updateCycle.body()
                        .replace("ACTIVE", "CLOSED")), "state")
                .add("cycle delete: with objectives", RestRequest.delete("/cycles/" + q1), 409, null)
                .add("cycle delete: unknown", RestRequest.delete("/cycles/999999"), 404, null)
                .add400("cycle get: id not a number", RestRequest.get("/cycles/q1"), "id")
                .add400("cycle list: state unknown", RestRequest.get("/cycles").query("state", "OPEN"), "state")
                .add400("quarters: year missing", quarters.body("{}"), "year")
                .add400("quarters: year 2200", quarters.body("{\"year\":2200}"), "year")
                .add400("quarters: year fraction", quarters.body("{\"year\":2030.5}"), "year")
                .add400("quarters: year beyond an int", quarters.body("{\"year\":99999999999}"), "year")
                // closing
                .add400("close: version missing", closeCycle.body("{}"), "version")
                .add400("close: grade 1.5", closeCycle.body(close.replace("\"grade\":0.5", "\"grade\":1.5")),
                        "overrides[0].grade")
                .add400("close: grade missing", closeCycle.body(close.replace("\"grade\":0.5,", "")),
                        "overrides[0].grade")
                .add400("close: override far from the suggestion without note", closeCycle.body(close.replace(
                        "\"grade\":0.5,\"note\":\"ok\"", "\"grade\":1")), "overrides[0].note")
                .add400("close: override of an objective of another cycle", closeCycle.body(close.replace(
                        "\"objectiveId\":" + team, "\"objectiveId\":999999")), "overrides[0].objectiveId")
                .add("close: override of an objective nobody may see", closeCycle.body(close.replace(
                        "\"objectiveId\":" + team, "\"objectiveId\":" + fixture.hidden.id())), 404, null)
                .add400("close: two overrides of one objective", closeCycle.body(close.replace("\"note\":\"ok\"}]",
                        "\"note\":\"ok\"},{\"objectiveId\":" + team + ",\"grade\":0.4}]")), "overrides[1].objectiveId")
                .add400("close: carry over into the same cycle", closeCycle.body(close.replace(
                        "\"cycleId\":" + fixture.q2.id(), "\"cycleId\":" + q1)), "carryOver.cycleId")
                .add("close: carry over into an unknown cycle", closeCycle.body(close.replace(
                        "\"cycleId\":" + fixture.q2.id(), "\"cycleId\":999999")), 404, null)
                .add400("close: carry over a key result id 0", closeCycle.body(close.replace(
                        "\"keyResultIds\":[" + kr + "]", "\"keyResultIds\":[0]")), "carryOver.keyResultIds[0]")
                .add("close: stale version", closeCycle.body(close.replace("{\"version\":0", "{\"version\":2")),
                        409, null)
                .add("close: closed cycle", RestRequest.post("/cycles/" + closed + "/close", close), 409, null)
                .add("close preview: unknown cycle", RestRequest.get("/cycles/999999/close/preview"), 404, null)
                // initiatives and issues
                .add400("link: issueKey missing", link.body("{}"), "issueKey")
                .add400("link: issueKey malformed", link.body("{\"issueKey\":\"TEAM 1\"}"), "issueKey")
                .add400("link: issueKey without number", link.body("{\"issueKey\":\"TEAM-\"}"), "issueKey")
                .add400("link: issueKey 400 characters", link.body("{\"issueKey\":\"" + "T".repeat(396) + "-1\"}"),
                        "issueKey")
                .add("link: unknown issue", link.body("{\"issueKey\":\"TEAM-999\"}"), 404, null)
                .add("link: issue nobody may see", link.body("{\"issueKey\":\"OTHER-1\"}"), 404, null)
                .add("link: issue linked already", link.body("{\"issueKey\":\"TEAM-2\"}"), 409, null)
                .add("unlink: issue not linked", RestRequest.delete("/key-results/" + kr + "/initiatives/TEAM-1"),
                        404, null)
                .add400("unlink: issueKey malformed", RestRequest.delete("/key-results/" + kr
                        + "/initiatives/TEAM_1"), "issueKey")
                .add400("selection: no way of choosing", linkSelection.body("{}"), "issueKeys")
                .add400("selection: empty list", linkSelection.body("{\"issueKeys\":[]}"), "issueKeys")
                .add400("selection: two ways", linkSelection.body("{\"issueKeys\":[\"TEAM-1\"],\"epicKey\":\"TEAM-2\"}"),
                        "issueKeys")
                .add400("selection: a malformed key", linkSelection.body("{\"issueKeys\":[\"TEAM-1\",\"TEAM 3\"]}"),
                        "issueKeys")
                .add400("selection: a key that is not a string", linkSelection.body("{\"issueKeys\":[7]}"),
                        "issueKeys[0]")
                .add400("selection: 201 keys", linkSelection.body("{\"issueKeys\":[" + "\"TEAM-1\",".repeat(200)
                        + "\"TEAM-1\"]}"), "issueKeys")
                .add400("selection: JQL of 4,001 characters", linkSelection.body("{\"jql\":\"" + "a".repeat(4001)
                        + "\"}"), "jql")
                .add400("selection: epic key malformed", previewSelection.body("{\"epicKey\":\"epic!\"}"), "epicKey")
                .add400("selection: epic nobody may see", previewSelection.body("{\"epicKey\":\"OTHER-1\"}"),
                        "epicKey")
                .add("selection: key result nobody may see", RestRequest.post("/key-results/" + fixture.hiddenKr.id()
                        + "/issue-selection", selection), 404, null)
                .add400("issue: key malformed", RestRequest.get("/issues/not-a-key!"), "issueKey")
                .add("issue: unknown", RestRequest.get("/issues/TEAM-999"), 404, null)
                .add("issue panel: issue nobody may see", RestRequest.get("/issues/OTHER-1/key-results"), 404, null)
                // read models
                .add400("project page: project key lower case", RestRequest.get("/projects/team/okrs"),
                        "projectKey")
                .add400("project page: cycleId not a number", RestRequest.get("/projects/TEAM/okrs")
                        .query("cycleId", "latest"), "cycleId")
                .add("project page: unknown cycle", RestRequest.get("/projects/TEAM/okrs").query("cycleId", "999999"),
                        404, null)
                .add("tree: unknown cycle", RestRequest.get("/cycles/999999/objective-tree"), 404, null)
                .add400("tree: cycle id not a number", RestRequest.get("/cycles/x/objective-tree"), "cycleId")
                .add("export: unknown cycle", RestRequest.get("/cycles/999999/export"), 404, null)
                .add400("export: project malformed", RestRequest.get("/cycles/" + q1 + "/export")
                        .query("project", "t-1"), "project");
    }

    @TestFactory
    Stream<DynamicTest> badInput() {
        return corpus().dynamicTests();
    }

    @Test
    void givenTheCorpus_counting_holdsAtLeastAHundredCases() {
        assertThat(corpus().cases()).hasSizeGreaterThanOrEqualTo(100);
    }
}
