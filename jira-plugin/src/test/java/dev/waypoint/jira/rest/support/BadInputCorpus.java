package dev.waypoint.jira.rest.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.ErrorBody;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A table of bad requests, each with the status it must get (400, 404, 415 ...) and, for a 400, the field the answer
 * must name. For every request it also checks that the answer is never a 500, that it is Waypoint's JSON error shape,
 * and that nothing was written: a snapshot of the stored data (a pluggable {@code Supplier}, e.g. the rows of the
 * in-memory repositories as a list of records) must be equal before and after.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> badInput() {
 *     RestRequest valid = RestRequest.post("/objectives", "{\"title\":\"Grow\",\"cycleId\":1}");
 *     return BadInputCorpus.against(rest)
 *             .as(Role.OWNER)
 *             .unchanged(() -> List.copyOf(objectives.findAll()))
 *             .jsonAttacks(valid)                                    // generated: see below
 *             .add400("title too long", valid.body("{\"title\":\"" + "x".repeat(256) + "\",\"cycleId\":1}"), "title")
 *             .add("unknown cycle", valid.body("{\"title\":\"Grow\",\"cycleId\":999}"), 404, null)
 *             .dynamicTests();
 * }
 * }</pre>
 *
 * {@link #jsonAttacks} generates, from one valid JSON-object request: malformed JSON, a body that is not JSON, an
 * empty body, the JSON {@code null}, an array instead of an object, a second value after the object, an unknown
 * property (400, field {@code body} or the property), {@code text/plain} and form bodies (415), and for each top-level
 * property a value of the wrong JSON type, for numbers {@code 1e999} and for texts a NUL character (400 naming that
 * property).
 */
public final class BadInputCorpus {

    /** Marks a case whose 400 may name any field (still at least one error). */
    public static final String ANY_FIELD = "*";

    /** One bad request and what it must get. */
    public record Case(String name, RestRequest request, int status, String field) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestHarness harness;
    private final List<Case> cases = new ArrayList<>();
    private Role role = Role.JIRA_ADMIN;
    private java.util.function.Supplier<?> snapshot = () -> null;
    private Runnable reset = () -> { };

    private BadInputCorpus(RestHarness harness) {
        this.harness = harness;
    }

    public static BadInputCorpus against(RestHarness harness) {
        return new BadInputCorpus(harness);
    }

    /** The role that sends every case (default: Jira admin, who may do most, so that input checks are reached). */
    public BadInputCorpus as(Role sender) {
        this.role = sender;
        return this;
    }

    /** The stored data that no bad request may change; compared with {@code equals}, so return values, not views. */
    public BadInputCorpus unchanged(java.util.function.Supplier<?> dataSnapshot) {
        this.snapshot = dataSnapshot;
        return this;
    }

    /** Runs before every case, e.g. to put the fixture back. */
    public BadInputCorpus beforeEach(Runnable fixtureReset) {
        this.reset = fixtureReset;
        return this;
    }

    /**
     * @param field the field a 400 must name ({@link #ANY_FIELD}: any); {@code null} for other statuses
     */
    public BadInputCorpus add(String name, RestRequest request, int status, String field) {
        cases.add(new Case(name, request, status, field));
        return this;
    }

    public BadInputCorpus add400(String name, RestRequest request, String field) {
        return add(name, request, 400, Objects.requireNonNull(field, "a 400 names its field (or ANY_FIELD)"));
    }

    /** The generated attacks on a request with a valid JSON-object body (see the class comment). */
    public BadInputCorpus jsonAttacks(RestRequest valid, String... exemptFields) {
        ObjectNode object = parseObject(valid);
        String type = valid.contentType();
        add400("malformed JSON", valid.body("{,}", type), "body");
        add400("not JSON at all", valid.body("this is not JSON", type), "body");
        add400("empty body", valid.body("", type), "body");
        add400("JSON null", valid.body("null", type), "body");
        add400("an array instead of an object", valid.body("[]", type), "body");
        add400("a second value after the object", valid.body(object + " {}", type), "body");
        ObjectNode unknown = object.deepCopy();
        unknown.put("zzUnknownProperty", 1);
        add400("an unknown property", valid.body(unknown.toString(), type), "zzUnknownProperty");
        add("text/plain", valid.body(object.toString(), "text/plain"), 415, null);
        add("form", valid.body("a=b", "application/x-www-form-urlencoded"), 415, null);
        Set<String> exempt = Set.of(exemptFields);
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (exempt.contains(name) || value.isNull()) {
                continue;
            }
            JsonNode wrong = value.isContainerNode() ? JsonNodeFactory.instance.booleanNode(true)
                    : JsonNodeFactory.instance.objectNode();
            add400(name + ": wrong JSON type", valid.body(with(object, name, wrong), type), name);
            if (value.isNumber()) {
                add400(name + ": 1e999", valid.body(withRaw(object, name, "1e999"), type), name);
            }
            if (value.isTextual()) {
                add400(name + ": NUL character", valid.body(with(object, name,
                        JsonNodeFactory.instance.textNode(value.asText() + "\u0000")), type), name);
            }
        }
        return this;
    }

    /** Sends one case; its failure, if any. */
    public Optional<String> check(Case badCase) {
        reset.run();
        Object before = snapshot.get();
        RestResponse response = harness.send(badCase.request().as(role));
        Object after = snapshot.get();
        String name = badCase.name() + " (" + badCase.request().describe() + ")";
        if (response.status() >= 500) {
            return Optional.of(name + ": answered " + response + " - bad input must never be a 5xx");
        }
        if (response.status() != badCase.status()) {
            return Optional.of(name + ": expected " + badCase.status() + ", was " + response);
        }
        if (!Objects.equals(before, after)) {
            return Optional.of(name + ": the stored data changed from " + before + " to " + after);
        }
        ErrorBody body;
        try {
            body = response.errorBody();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            return Optional.of(name + ": not Waypoint's error shape: " + response);
        }
        if (body.errors() == null || body.errors().isEmpty()) {
            return Optional.of(name + ": no error in " + response);
        }
        if (badCase.field() != null && !ANY_FIELD.equals(badCase.field())
                && !response.errorFields().contains(badCase.field())) {
            return Optional.of(name + ": expected an error on field '" + badCase.field() + "', was " + response);
        }
        return Optional.empty();
    }

    /** Every failure, in order. */
    public List<String> run() {
        List<String> failures = new ArrayList<>();
        cases.forEach(c -> check(c).ifPresent(failures::add));
        return failures;
    }

    public List<Case> cases() {
        return List.copyOf(cases);
    }

    public Stream<DynamicTest> dynamicTests() {
        return cases.stream().map(c -> DynamicTest.dynamicTest(
                c.name() + " -> " + c.status() + (c.field() == null ? "" : " " + c.field()),
                () -> check(c).ifPresent(failure -> {
                    throw new AssertionError(failure);
                })));
    }

    private static ObjectNode parseObject(RestRequest valid) {
        try {
            JsonNode node = JSON.readTree(valid.body());
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("jsonAttacks needs a JSON object body, was " + valid.body());
            }
            return object;
        } catch (IOException e) {
            throw new IllegalArgumentException("jsonAttacks needs a valid JSON body, was " + valid.body(), e);
        }
    }

    private static String with(ObjectNode object, String name, JsonNode value) {
        ObjectNode copy = object.deepCopy();
        copy.set(name, value);
        return copy.toString();
    }

    /** The object with a raw JSON literal for one property (for literals a JsonNode cannot hold, like 1e999). */
    private static String withRaw(ObjectNode object, String name, String literal) {
        String marker = "\"__waypoint_raw_value__\"";
        return with(object, name, JsonNodeFactory.instance.textNode("__waypoint_raw_value__")).replace(marker, literal);
    }
}
