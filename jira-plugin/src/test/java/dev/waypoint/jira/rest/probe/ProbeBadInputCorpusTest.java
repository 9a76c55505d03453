package dev.waypoint.jira.rest.probe;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.support.BadInputCorpus;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bad-input corpus over the probe resource, the model for a feature's corpus. */
class ProbeBadInputCorpusTest {

    private static final String VALID = "{\"title\":\"Grow\",\"target\":10,\"stretch\":12.5,\"due\":\"2026-03-31\","
            + "\"kind\":\"BUILD\",\"urgent\":false,\"items\":[{\"name\":\"a\",\"weight\":1}]}";

    private final ProbeStore store = new ProbeStore();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(h -> List.of(
            new ProbeResource(h.currentUser(), h.permissions(), store, h.clock())));

    private void fixture() {
        store.reset();
        store.add("Fixture", 1, LocalDate.of(2026, 3, 31), Kind.BUILD, Role.OWNER.userKey());
    }

    @TestFactory
    Stream<DynamicTest> badInput() {
        RestRequest create = RestRequest.post("/probe/things", VALID);
        return BadInputCorpus.against(rest)
                .as(Role.OWNER)
                .beforeEach(this::fixture)
                .unchanged(store::snapshot)
                .jsonAttacks(create)
                .add400("title too long", create.body(VALID.replace("Grow", "x".repeat(256))), "title")
                .add400("title blank", create.body(VALID.replace("Grow", "  ")), "title")
                .add400("title with a line break", create.body(VALID.replace("Grow", "a\\nb")), "title")
                .add400("due more than 100 years ahead", create.body(VALID.replace("2026-03-31", "2127-01-01")), "due")
                .add400("due not a date", create.body(VALID.replace("2026-03-31", "tomorrow")), "due")
                .add400("kind lower case", create.body(VALID.replace("BUILD", "build")), "kind")
                .add400("nested weight negative", create.body(VALID.replace("\"weight\":1", "\"weight\":-1")),
                        "items[0].weight")
                .add400("nested unknown property", create.body(VALID.replace("\"name\":\"a\"", "\"nom\":\"a\"")),
                        "items[0].nom")
                .add400("target as fraction string", create.body(VALID.replace("10", "\"10.5\"")), "target")
                .add("unknown thing", RestRequest.get("/probe/things/99"), 404, null)
                .add("delete unknown thing", RestRequest.delete("/probe/things/99"), 404, null)
                .add400("id not a number", RestRequest.delete("/probe/things/x1"), "id")
                .add400("id zero", RestRequest.get("/probe/things/0"), "id")
                .add400("id beyond a long", RestRequest.get("/probe/things/99999999999999999999"), "id")
                .add400("query id missing", RestRequest.get("/probe/params"), "id")
                .add400("query number hex", RestRequest.get("/probe/params").query("id", "1").query("target", "0x10"),
                        "target")
                .add400("query date out of range", RestRequest.get("/probe/params").query("id", "1")
                        .query("from", "1800-01-01"), "from")
                .add("wrong method", RestRequest.put("/probe/things/1", VALID), 405, null)
                .dynamicTests();
    }
}
