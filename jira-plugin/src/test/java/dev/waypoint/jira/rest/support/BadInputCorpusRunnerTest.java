package dev.waypoint.jira.rest.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.probe.Kind;
import dev.waypoint.jira.rest.probe.ProbeStore;
import dev.waypoint.jira.rest.probe.ThingRequest;
import dev.waypoint.shared.Limits;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bad-input corpus runner itself: it catches a write before validation, a 500 and a wrong field. */
class BadInputCorpusRunnerTest {

    /** Makes the mistakes the corpus exists to catch. */
    @Path("/sloppy")
    @Produces(MediaType.APPLICATION_JSON)
    public static class SloppyResource {

        private final ProbeStore store;
        private final Clock clock;

        public SloppyResource(ProbeStore store, Clock clock) {
            this.store = store;
            this.clock = clock;
        }

        /** Writes first, validates after. */
        @POST
        @Path("/things")
        @Consumes(MediaType.APPLICATION_JSON)
        @LicensedOnly
        public String create(ThingRequest request) {
            store.add(String.valueOf(request.title()), 0, LocalDate.of(2026, 1, 1), Kind.BUILD, "x");
            Params in = new Params(clock);
            in.line("title", request.title(), Limits.TITLE);
            in.throwIfAny();
            return "\"ok\"";
        }

        /** Parses a number itself. */
        @GET
        @Path("/number")
        @LicensedOnly
        public String number(@QueryParam("value") String value) {
            return String.valueOf(Long.parseLong(value));
        }
    }

    private final ProbeStore store = new ProbeStore();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(h -> List.of(new SloppyResource(store, h.clock())));

    @Test
    void givenResourceThatWritesBeforeValidating_running_reportsTheChangedData() {
        List<String> failures = BadInputCorpus.against(rest)
                .unchanged(store::snapshot)
                .add400("blank title", RestRequest.post("/sloppy/things", "{\"title\":\" \"}"), "title")
                .run();

        assertThat(failures).singleElement().asString().contains("the stored data changed");
    }

    @Test
    void givenResourceThatFailsOnBadInput_running_reportsThe500() {
        List<String> failures = BadInputCorpus.against(rest)
                .add400("not a number", RestRequest.get("/sloppy/number").query("value", "x"), "value")
                .run();

        assertThat(failures).singleElement().asString().contains("answered 500").contains("never be a 5xx");
    }

    @Test
    void givenExpectationOfAnotherField_running_reportsTheFieldsAnswered() {
        List<String> failures = BadInputCorpus.against(rest)
                .add400("unknown property", RestRequest.post("/sloppy/things", "{\"titel\":1}"), "title")
                .run();

        assertThat(failures).singleElement().asString().contains("expected an error on field 'title'");
    }

    @Test
    void givenValidObject_generatingJsonAttacks_coversBodyAndEveryProperty() {
        BadInputCorpus corpus = BadInputCorpus.against(rest)
                .jsonAttacks(RestRequest.post("/sloppy/things", "{\"title\":\"a\",\"target\":1,\"items\":[]}"));

        assertThat(corpus.cases()).extracting(BadInputCorpus.Case::name).containsExactly(
                "malformed JSON", "not JSON at all", "empty body", "JSON null", "an array instead of an object",
                "a second value after the object", "an unknown property", "text/plain", "form",
                "title: wrong JSON type", "title: NUL character", "target: wrong JSON type", "target: 1e999",
                "items: wrong JSON type");
        assertThat(corpus.cases()).filteredOn(c -> c.name().equals("target: 1e999")).singleElement()
                .satisfies(c -> assertThat(c.request().body()).contains("\"target\":1e999"));
    }
}
