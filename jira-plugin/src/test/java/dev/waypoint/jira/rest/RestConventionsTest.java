package dev.waypoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import dev.waypoint.jira.rest.support.ResourceCatalog;
import dev.waypoint.jira.rest.support.ResourceRules;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The resource rules of this package's documentation, checked on every resource class (production and the tests'
 * probes) by reflection, and shown to bite on a resource that breaks each of them.
 */
class RestConventionsTest {

    /**
     * The resource methods that may be reached beyond licensed users, each with its reason. Waypoint shows nothing to
     * anonymous or unlicensed users, so production code has no entry yet.
     */
    static final Map<String, String> OPEN_ACCESS_REASONS = Map.of(
            "ProbeResource#anonymous", "test-only: shows Waypoint's own 401 behind REST v2's gate");

    @Test
    void givenEveryResource_checkingTheRules_findsNoViolation() {
        List<String> violations = new ArrayList<>();
        for (Class<?> resource : ResourceCatalog.allResources()) {
            violations.addAll(ResourceRules.violations(resource, OPEN_ACCESS_REASONS));
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void givenTheApp_findingResources_findsProductionAndProbes() {
        assertThat(ResourceCatalog.allResources()).extracting(Class::getSimpleName)
                .contains("MeResource", "ProbeResource");
    }

    @Test
    void givenResourceBreakingEveryRule_checking_reportsEachViolation() {
        List<String> violations = ResourceRules.violations(BadResource.class, Map.of());

        assertThat(violations).containsExactlyInAnyOrder(
                "BadResource has 2 public constructors; a resource has exactly one, taking its collaborators",
                "BadResource#locator is a sub-resource locator; declare endpoints as methods",
                "BadResource#unannotated carries 0 REST v2 access annotations"
                        + " (com.atlassian.plugins.rest.api.security.annotation); it needs exactly one, on the method,"
                        + " e.g. @LicensedOnly",
                "BadResource#open is @UnrestrictedAccess without a stated reason in the open-access allow-list",
                "BadResource#formPost is a mutation and must be @Consumes(MediaType.APPLICATION_JSON) only (Jira's"
                        + " XSRF protection), was [application/x-www-form-urlencoded]",
                "BadResource#noConsumes is a mutation and must be @Consumes(MediaType.APPLICATION_JSON) only (Jira's"
                        + " XSRF protection), was []",
                "BadResource#deleteSomething is a @GET named like a mutation ('delete...'); a GET never changes"
                        + " anything",
                "BadResource#typedParameter takes parameter 'id' as long; take a String and parse it with Params,"
                        + " which names the field on failure",
                "BadResource#primitiveBody takes a body whose component 'weight' is a primitive double; use the boxed"
                        + " type so that a missing value is reported",
                "BadResource#unproduced declares no @Produces (on the method or the class)");
    }

    @Test
    void givenOpenMethodWithReason_checking_acceptsIt() {
        List<String> violations = ResourceRules.violations(BadResource.class,
                Map.of("BadResource#open", "a health check"));

        assertThat(violations).noneMatch(v -> v.startsWith("BadResource#open"));
    }

    /**
     * Breaks each rule once. Only inspected: it has no class-level {@code @Path}, so the catalog does not take it for
     * a resource of the app.
     */
    public static class BadResource {

        public BadResource() {
        }

        public BadResource(String unused) {
        }

        public record PrimitiveBody(String name, double weight) {
        }

        @Path("/locator")
        public Object locator() {
            return this;
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String unannotated() {
            return "";
        }

        @GET
        @Path("/open")
        @Produces(MediaType.APPLICATION_JSON)
        @UnrestrictedAccess
        public String open() {
            return "";
        }

        @POST
        @Path("/form")
        @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
        @Produces(MediaType.APPLICATION_JSON)
        @LicensedOnly
        public String formPost() {
            return "";
        }

        @DELETE
        @Path("/x")
        @Produces(MediaType.APPLICATION_JSON)
        @LicensedOnly
        public String noConsumes() {
            return "";
        }

        @GET
        @Path("/delete")
        @Produces(MediaType.APPLICATION_JSON)
        @LicensedOnly
        public String deleteSomething() {
            return "";
        }

        @GET
        @Path("/typed/{id}")
        @Produces(MediaType.APPLICATION_JSON)
        @LicensedOnly
        public String typedParameter(@PathParam("id") long id, @QueryParam("q") String q) {
            return "";
        }

        @PUT
        @Path("/primitive")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        @LicensedOnly
        public String primitiveBody(PrimitiveBody body) {
            return "";
        }

        @GET
        @Path("/unproduced")
        @LicensedOnly
        public String unproduced() {
            return "";
        }
    }
}
