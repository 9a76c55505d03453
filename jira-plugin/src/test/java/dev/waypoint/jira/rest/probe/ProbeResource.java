package dev.waypoint.jira.rest.probe;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Role;
import dev.waypoint.access.Scope;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.RestMessages;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test-only resource that raises every kind of failure and takes every kind of input, built like a feature
 * resource (and following the same rules), to test the REST infrastructure without the features.
 */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
public class ProbeResource {

    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final ProbeStore store;
    private final Clock clock;

    public ProbeResource(CurrentUser currentUser, Permissions permissions, ProbeStore store, Clock clock) {
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.store = store;
        this.clock = clock;
    }

    @GET
    @Path("/invalid")
    @LicensedOnly
    public String invalid() {
        throw new InvalidInputException(List.of(
                RestMessages.error("title", RestMessages.REQUIRED),
                RestMessages.error("description", RestMessages.TEXT_TOO_LONG, 10000, 10001)));
    }

    @GET
    @Path("/missing")
    @LicensedOnly
    public String missing() {
        throw new NotFoundException("Objective", 42);
    }

    @GET
    @Path("/conflict")
    @LicensedOnly
    public String conflict() {
        throw ConflictException.staleVersion("Objective", 7, 1, 2);
    }

    /** 200 for company managers; 403 for other licensed users. */
    @GET
    @Path("/company")
    @LicensedOnly
    public Map<String, String> company() {
        permissions.requireEdit(currentUser.key(), Scope.COMPANY, null);
        return Map.of("ok", "company");
    }

    /** What the probe would do if REST v2 let anonymous users in: our own 401. */
    @GET
    @Path("/anonymous")
    @com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess
    public Map<String, String> anonymous() {
        permissions.requireLicensed(currentUser.key());
        return Map.of("ok", "licensed");
    }

    @GET
    @Path("/admin")
    @AdminOnly
    public Map<String, String> admin() {
        permissions.requireAdminister(currentUser.key());
        return Map.of("ok", "admin");
    }

    @GET
    @Path("/boom")
    @LicensedOnly
    public String boom() {
        throw new IllegalStateException("secret: jdbc:hsqldb:mem:waypoint password=hunter2");
    }

    @GET
    @Path("/unavailable")
    @LicensedOnly
    public String unavailable() {
        throw new ServiceUnavailableException();
    }

    /** A request type Jackson cannot bind: a fault of ours, not bad input. */
    @POST
    @Path("/unbindable")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public String unbindable(Unbindable request) {
        return "never";
    }

    /** An answer Jackson cannot write: a fault of ours. */
    @GET
    @Path("/unwritable")
    @LicensedOnly
    public Unwritable unwritable() {
        return new Unwritable();
    }

    /** No creator and abstract: Jackson cannot build it. */
    public interface Unbindable {
        String name();
    }

    /** A getter that fails while the answer is written. */
    public static final class Unwritable {
        public String getSecret() {
            throw new IllegalStateException("secret internals");
        }
    }

    /** Every boundary parser at once, from query parameters. */
    @GET
    @Path("/params")
    @LicensedOnly
    public Map<String, Object> params(@QueryParam("id") String id, @QueryParam("from") String from,
            @QueryParam("target") String target, @QueryParam("kind") String kind, @QueryParam("note") String note) {
        Params in = new Params(clock);
        Long parsedId = in.id("id", id);
        LocalDate parsedFrom = in.optionalDate("from", from);
        Double parsedTarget = in.optionalNumber("target", target);
        Kind parsedKind = in.optionalEnum("kind", kind, Kind.class);
        String parsedNote = in.optionalLine("note", note, Limits.UNIT);
        in.throwIfAny();
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("id", parsedId);
        echo.put("from", parsedFrom);
        echo.put("target", parsedTarget);
        echo.put("kind", parsedKind);
        echo.put("note", parsedNote);
        return echo;
    }

    /** 201 with the new thing; members of the project create things they own. */
    @POST
    @Path("/things")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(ThingRequest request) {
        Optional<UserKey> viewer = currentUser.key();
        Scope scope = Scope.project(Role.PROJECT);
        permissions.requireEdit(viewer, scope, viewer.orElse(null));
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        String title = in.line("title", request.title(), Limits.TITLE);
        Double target = in.number("target", request.target());
        in.optionalNumber("stretch", request.stretch());
        LocalDate due = in.date("due", request.due());
        if (request.kind() == null) {
            in.add(RestMessages.error("kind", RestMessages.REQUIRED));
        }
        in.throwIfAny();
        Thing thing = store.add(title, target, due, request.kind(), viewer.orElseThrow().value());
        return Response.status(201).entity(thing).build();
    }

    @GET
    @Path("/things/{id}")
    @LicensedOnly
    public Thing get(@PathParam("id") String id) {
        permissions.requireView(currentUser.key(), Scope.project(Role.PROJECT));
        long thingId = Params.requireId("id", id);
        return store.find(thingId).orElseThrow(() -> new NotFoundException("Thing", thingId));
    }

    /** 204; owner and project admins only. */
    @DELETE
    @Path("/things/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response delete(@PathParam("id") String id) {
        Scope scope = Scope.project(Role.PROJECT);
        permissions.requireView(currentUser.key(), scope);
        long thingId = Params.requireId("id", id);
        Thing thing = store.find(thingId).orElseThrow(() -> new NotFoundException("Thing", thingId));
        permissions.requireEdit(currentUser.key(), scope, new UserKey(thing.owner()));
        store.remove(thingId);
        return Response.noContent().build();
    }
}
