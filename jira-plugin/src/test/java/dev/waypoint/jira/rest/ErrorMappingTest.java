package dev.waypoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.jira.rest.probe.ProbeResource;
import dev.waypoint.jira.rest.probe.ProbeStore;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The error model of DESIGN §4 end to end, in a real JAX-RS runtime with Jackson's own exception mappers present:
 * every failure a resource or the runtime raises becomes Waypoint's JSON error shape with the right status.
 */
class ErrorMappingTest {

    private static final Translator GERMAN_REQUIRED = (key, args, english) ->
            key.equals(RestMessages.REQUIRED) ? "Pflichtangabe" : english;

    private final ProbeStore store = new ProbeStore();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(h -> List.of(
            new ProbeResource(h.currentUser(), h.permissions(), store, h.clock())))
            .translator(GERMAN_REQUIRED);

    private RestResponse send(RestRequest request) {
        return rest.send(request.as(Role.OWNER));
    }

    private static String thing(String fields) {
        return "{\"title\":\"Grow\",\"target\":10,\"due\":\"2026-03-31\",\"kind\":\"BUILD\"" + fields + "}";
    }

    @Nested
    class DomainExceptions {

        @Test
        void givenInvalidInput_requesting_answers400WithEveryFieldTranslated() {
            RestResponse response = send(RestRequest.get("/probe/invalid"));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.mediaType()).startsWith("application/json");
            assertThat(response.errors()).containsExactly(
                    new ErrorItem("title", "Pflichtangabe"),
                    new ErrorItem("description", "Must be at most 10000 characters, was 10001"));
        }

        @Test
        void givenUnknownId_requesting_answers404WithoutField() {
            RestResponse response = send(RestRequest.get("/probe/missing"));

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.errors()).containsExactly(ErrorItem.general("Objective 42 does not exist"));
            assertThat(response.body()).doesNotContain("\"field\"").doesNotContain("correlationId");
        }

        @Test
        void givenStaleVersion_requesting_answers409() {
            RestResponse response = send(RestRequest.get("/probe/conflict"));

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.errorMessages()).singleElement().asString().contains("changed by someone else");
        }

        @Test
        void givenMemberWithoutPermission_requesting_answers403WithTheReason() {
            RestResponse response = rest.send(RestRequest.get("/probe/company").as(Role.PROJECT_MEMBER));

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.errorMessages()).containsExactly(
                    "Only Jira administrators and members of the company OKR group can change company items");
        }

        @Test
        void givenAnonymousOnAnOpenMethod_ourOwnCheck_answers401() {
            RestResponse response = rest.send(RestRequest.get("/probe/anonymous").anonymous());

            assertThat(response.status()).isEqualTo(401);
            assertThat(response.errorMessages()).containsExactly("Log in to use Waypoint");
        }

        @Test
        void givenAnonymousOnALicensedOnlyMethod_restV2_answers401BeforeTheResource() {
            RestResponse response = rest.send(RestRequest.get("/probe/missing").anonymous());

            assertThat(response.status()).isEqualTo(401);
        }
    }

    @Nested
    class Faults {

        @Test
        void givenUnexpectedException_requesting_answers500WithCorrelationIdAndNoInternals() {
            RestResponse response = send(RestRequest.get("/probe/boom"));

            assertThat(response.status()).isEqualTo(500);
            String correlationId = response.errorBody().correlationId();
            assertThat(correlationId).matches("[0-9a-f]{12}");
            assertThat(response.header(ErrorResponses.CORRELATION_HEADER)).isEqualTo(correlationId);
            assertThat(response.errorMessages()).singleElement().asString().contains(correlationId);
            assertThat(response.body()).doesNotContain("secret", "hunter2", "IllegalStateException", "at dev.");
        }

        @Test
        void givenServerSideWebApplicationException_requesting_isAFaultWithCorrelationId() {
            RestResponse response = send(RestRequest.get("/probe/unavailable"));

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.errorBody().correlationId()).isNotBlank();
        }

        @Test
        void givenRequestTypeJacksonCannotBind_posting_isAFaultNotBadInput() {
            RestResponse response = send(RestRequest.post("/probe/unbindable", "{\"name\":\"x\"}"));

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.errorBody().correlationId()).isNotBlank();
            assertThat(response.body()).doesNotContain("Unbindable", "Jackson");
        }

        @Test
        void givenAnswerJacksonCannotWrite_requesting_isAFault() {
            RestResponse response = send(RestRequest.get("/probe/unwritable"));

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.body()).doesNotContain("secret");
        }

        @Test
        void givenTwoFaults_requesting_getDifferentCorrelationIds() {
            String first = send(RestRequest.get("/probe/boom")).errorBody().correlationId();
            String second = send(RestRequest.get("/probe/boom")).errorBody().correlationId();

            assertThat(first).isNotEqualTo(second);
        }
    }

    @Nested
    class RuntimeRefusals {

        @Test
        void givenUnknownPath_requesting_answers404InOurShape() {
            RestResponse response = send(RestRequest.get("/probe/nothing-here"));

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.errorMessages()).containsExactly("There is no such resource");
        }

        @Test
        void givenWrongMethod_requesting_answers405WithAllowHeader() {
            RestResponse response = send(RestRequest.put("/probe/missing", "{}"));

            assertThat(response.status()).isEqualTo(405);
            assertThat(response.header("Allow")).contains("GET");
            assertThat(response.errorMessages()).containsExactly("This method is not allowed on this resource");
        }

        @Test
        void givenTextPlainBody_posting_answers415() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")).contentType("text/plain"));

            assertThat(response.status()).isEqualTo(415);
            assertThat(response.errorMessages()).containsExactly("Send the body as application/json");
            assertThat(store.snapshot()).isEmpty();
        }

        @Test
        void givenFormBody_posting_answers415() {
            RestResponse response = send(RestRequest.post("/probe/things", "title=x")
                    .contentType("application/x-www-form-urlencoded"));

            assertThat(response.status()).isEqualTo(415);
        }

        @Test
        void givenClientAcceptingOnlyXml_requesting_answers406InJson() {
            RestResponse response = send(RestRequest.get("/probe/missing").header("Accept", "application/xml"));

            assertThat(response.status()).isEqualTo(406);
            assertThat(response.errorMessages()).containsExactly("This resource answers in JSON only");
        }

        @Test
        void givenDeleteWithoutBody_deleting_isAcceptedDespiteConsumesJson() {
            send(RestRequest.post("/probe/things", thing("")));

            RestResponse response = send(RestRequest.delete("/probe/things/1"));

            assertThat(response.status()).isEqualTo(204);
        }
    }

    @Nested
    class JsonBodies {

        @Test
        void givenValidBody_posting_answers201() {
            RestResponse response = send(RestRequest.post("/probe/things",
                    thing(",\"items\":[{\"name\":\"a\",\"weight\":1}]")));

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.json().path("due").asText()).isEqualTo("2026-03-31");
            assertThat(store.snapshot()).hasSize(1);
        }

        @Test
        void givenMalformedJson_posting_answers400OnBody() {
            RestResponse response = send(RestRequest.post("/probe/things", "{\"title\": tru"));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("title");
            assertThat(response.errorMessages()).singleElement().asString().startsWith("The body is not valid JSON");
        }

        @Test
        void givenNotJsonAtAll_posting_answers400OnBody() {
            RestResponse response = send(RestRequest.post("/probe/things", "hello"));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("body");
        }

        @Test
        void givenEmptyBody_posting_answers400BodyRequired() {
            RestResponse response = send(RestRequest.post("/probe/things", ""));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errors()).containsExactly(new ErrorItem("body", "A JSON body is required"));
        }

        @Test
        void givenJsonNull_posting_answers400BodyRequired() {
            RestResponse response = send(RestRequest.post("/probe/things", "null"));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("body");
        }

        @Test
        void givenArrayInsteadOfObject_posting_answers400OnBody() {
            RestResponse response = send(RestRequest.post("/probe/things", "[]"));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errors()).containsExactly(new ErrorItem("body", "Must be an object"));
        }

        @Test
        void givenUnknownProperty_posting_answers400NamingItAndTheKnownOnes() {
            RestResponse response = send(RestRequest.post("/probe/things", thing(",\"titel\":\"x\"")));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("titel");
            assertThat(response.errorMessages()).singleElement().asString()
                    .isEqualTo("Unknown property \"titel\"; known properties: due, items, kind, stretch, target, title,"
                            + " urgent");
        }

        @Test
        void givenUnknownEnumValue_posting_answers400ListingTheValues() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")
                    .replace("BUILD", "DESTROY")));

            assertThat(response.errors()).containsExactly(
                    new ErrorItem("kind", "Must be one of BUILD, IMPROVE, was \"DESTROY\""));
        }

        @Test
        void givenEnumAsNumber_posting_answers400() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")
                    .replace("\"BUILD\"", "0")));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("kind");
        }

        @Test
        void givenMalformedDate_posting_answers400() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")
                    .replace("2026-03-31", "2026-02-30")));

            assertThat(response.errors()).containsExactly(
                    new ErrorItem("due", "Must be a date like 2026-03-31, was \"2026-02-30\""));
        }

        @Test
        void givenDateAsNumber_posting_answers400() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")
                    .replace("\"2026-03-31\"", "20260331")));

            assertThat(response.errors()).containsExactly(new ErrorItem("due", "Must be a date like 2026-03-31"));
        }

        @Test
        void givenDateTooFarAway_posting_answers400FromParams() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")
                    .replace("2026-03-31", "2200-01-01")));

            assertThat(response.errors()).containsExactly(
                    new ErrorItem("due", "Date 1 Jan 2200 must be within 100 years of today"));
        }

        @Test
        void givenNumberAsString_posting_answers400() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")
                    .replace("10", "\"10\"")));

            assertThat(response.errors()).containsExactly(new ErrorItem("target", "Must be a number"));
        }

        @Test
        void givenNumberTooLargeForADouble_posting_answers400NotFinite() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")
                    .replace("10", "1e999")));

            assertThat(response.errors()).containsExactly(new ErrorItem("target", "Must be a finite number"));
        }

        @Test
        void givenNaNToken_posting_answers400() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")
                    .replace("10", "NaN")));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("target");
        }

        @Test
        void givenTextAsBoolean_posting_answers400() {
            RestResponse response = send(RestRequest.post("/probe/things", thing(",\"urgent\":\"yes\"")));

            assertThat(response.errors()).containsExactly(new ErrorItem("urgent", "Must be true or false"));
        }

        @Test
        void givenObjectWhereTextBelongs_posting_answers400() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("")
                    .replace("\"Grow\"", "{}")));

            assertThat(response.errors()).containsExactly(new ErrorItem("title", "Must be a text"));
        }

        @Test
        void givenWrongTypeInsideAList_posting_answers400WithTheJsonPath() {
            RestResponse response = send(RestRequest.post("/probe/things",
                    thing(",\"items\":[{\"name\":\"a\",\"weight\":1},{\"name\":\"b\",\"weight\":\"heavy\"}]")));

            assertThat(response.errors()).containsExactly(new ErrorItem("items[1].weight", "Must be a number"));
        }

        @Test
        void givenNestedRecordRejectingItsValue_posting_answers400WithPrefixedField() {
            RestResponse response = send(RestRequest.post("/probe/things",
                    thing(",\"items\":[{\"name\":\"a\",\"weight\":-1}]")));

            assertThat(response.errors()).containsExactly(new ErrorItem("items[0].weight", "Invalid value"));
        }

        @Test
        void givenDuplicateKey_posting_answers400NamingIt() {
            RestResponse response = send(RestRequest.post("/probe/things", thing(",\"title\":\"Again\"")));

            assertThat(response.errors()).containsExactly(new ErrorItem("title", "Given more than once"));
        }

        @Test
        void givenSecondValueAfterTheObject_posting_answers400OnBody() {
            RestResponse response = send(RestRequest.post("/probe/things", thing("") + " {}"));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("body");
            assertThat(response.errorMessages()).singleElement().asString().startsWith("The body is not valid JSON");
        }

        @Test
        void givenMissingRequiredValues_posting_answers400ForEachFromParams() {
            RestResponse response = send(RestRequest.post("/probe/things", "{}"));

            assertThat(response.errorFields()).containsExactly("title", "target", "due", "kind");
            assertThat(response.errorMessages()).containsOnly("Pflichtangabe");
        }

        @Test
        void givenAnyBadBody_posting_writesNothing() {
            send(RestRequest.post("/probe/things", thing("").replace("10", "1e999")));
            send(RestRequest.post("/probe/things", "{}"));

            assertThat(store.snapshot()).isEmpty();
        }
    }

    @Nested
    class Parameters {

        @Test
        void givenGoodParameters_requesting_answersTheParsedValues() {
            RestResponse response = send(RestRequest.get("/probe/params").query("id", "7").query("from", "2026-01-01")
                    .query("target", "-2.5e1").query("kind", "IMPROVE").query("note", "ok"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().toString())
                    .isEqualTo("{\"id\":7,\"from\":\"2026-01-01\",\"target\":-25.0,\"kind\":\"IMPROVE\","
                            + "\"note\":\"ok\"}");
        }

        @Test
        void givenEveryParameterBad_requesting_answers400NamingEachParameter() {
            RestResponse response = send(RestRequest.get("/probe/params").query("id", "-1").query("from", "31.12.2026")
                    .query("target", "NaN").query("kind", "build").query("note", "a\tb"));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.errorFields()).containsExactly("id", "from", "target", "kind", "note");
        }

        @Test
        void givenMissingRequiredParameter_requesting_answers400Required() {
            RestResponse response = send(RestRequest.get("/probe/params"));

            assertThat(response.errors()).containsExactly(new ErrorItem("id", "Pflichtangabe"));
        }

        @Test
        void givenNonNumericPathId_requesting_answers400NamingIt() {
            RestResponse response = send(RestRequest.get("/probe/things/abc"));

            assertThat(response.errors())
                    .containsExactly(new ErrorItem("id", "Must be a positive whole number, was \"abc\""));
        }

        @Test
        void givenUnknownPathId_requesting_answers404() {
            RestResponse response = send(RestRequest.get("/probe/things/99"));

            assertThat(response.status()).isEqualTo(404);
        }
    }
}
