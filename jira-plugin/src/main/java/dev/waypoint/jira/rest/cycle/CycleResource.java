package dev.waypoint.jira.rest.cycle;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.cycle.CreateCycle;
import dev.waypoint.cycle.CreateQuarters;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.CycleService;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.cycle.UpdateCycle;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.Bodies;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.shared.NotFoundException;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;

/**
 * {@code /rest/waypoint/1.0/cycles}: the OKR periods. Every licensed user sees them (they hold no project data);
 * creating, changing and deleting them is for Jira administrators and the company group
 * ({@code Permissions#requireManageCycles}).
 */
@Path("/cycles")
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    private final OkrGuard guard;
    private final CycleService service;
    private final CycleRepository cycles;
    private final Clock clock;

    @Inject
    public CycleResource(OkrGuard guard, CycleService service, CycleRepository cycles, Clock clock) {
        this.guard = guard;
        this.service = service;
        this.cycles = cycles;
        this.clock = clock;
    }

    /**
     * Every cycle, by start date, optionally only those in one state.
     *
     * <ul>
     *   <li>200 a list of {@link CycleResponse}</li>
     *   <li>400 {@code state} is not PLANNING, ACTIVE or CLOSED</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public List<CycleResponse> list(@QueryParam("state") String state) {
        guard.requireLicensed();
        Params in = new Params(clock);
        CycleState wanted = in.optionalEnum("state", state, CycleState.class);
        in.throwIfAny();
        return cycles.findAll().stream()
                .filter(cycle -> wanted == null || cycle.state() == wanted)
                .map(CycleResponse::of)
                .toList();
    }

    /**
     * <ul>
     *   <li>200 {@link CycleResponse}</li>
     *   <li>400 {@code id} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such cycle</li>
     * </ul>
     */
    @GET
    @Path("/{id}")
    @LicensedOnly
    public CycleResponse get(@PathParam("id") String id) {
        guard.requireLicensed();
        CycleId cycleId = new CycleId(Params.requireId("id", id));
        return CycleResponse.of(cycles.findById(cycleId).orElseThrow(() -> new NotFoundException("Cycle", cycleId)));
    }

    /**
     * <ul>
     *   <li>201 {@link CycleResponse}</li>
     *   <li>400 every bad field ({@link CycleRequest})</li>
     *   <li>401 / 403 nobody logged in / may not manage cycles</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(CycleRequest request) {
        requireManage();
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        Cycle created = service.create(new CreateCycle(request.name(), request.start(), request.end(),
                request.state()));
        return Response.status(201).entity(CycleResponse.of(created)).build();
    }

    /**
     * Replaces name, dates and state.
     *
     * <ul>
     *   <li>200 {@link CycleResponse} with the new version</li>
     *   <li>400 every bad field; {@code version} missing; new dates that would break an alignment</li>
     *   <li>401 / 403 nobody logged in / may not manage cycles</li>
     *   <li>404 no such cycle</li>
     *   <li>409 changed since {@code version}, or closed</li>
     * </ul>
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public CycleResponse update(@PathParam("id") String id, CycleRequest request) {
        requireManage();
        CycleId cycleId = new CycleId(Params.requireId("id", id));
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        long version = Bodies.version(in, request.version());
        in.throwIfAny();
        return CycleResponse.of(service.update(new UpdateCycle(cycleId, version, request.name(), request.start(),
                request.end(), request.state())));
    }

    /**
     * Deletes a cycle without objectives.
     *
     * <ul>
     *   <li>204 deleted</li>
     *   <li>400 {@code id} is not an id</li>
     *   <li>401 / 403 nobody logged in / may not manage cycles</li>
     *   <li>404 no such cycle</li>
     *   <li>409 closed, or it still has objectives</li>
     * </ul>
     */
    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response delete(@PathParam("id") String id) {
        requireManage();
        service.delete(new CycleId(Params.requireId("id", id)));
        return Response.noContent().build();
    }

    /**
     * Creates the four quarters of a year in one action.
     *
     * <ul>
     *   <li>201 the four new cycles ({@link CycleResponse})</li>
     *   <li>400 {@code year} missing or out of range, or its quarters exist already</li>
     *   <li>401 / 403 nobody logged in / may not manage cycles</li>
     * </ul>
     */
    @POST
    @Path("/quarters")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response createQuarters(QuartersRequest request) {
        requireManage();
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        List<CycleResponse> created = service.createQuarters(new CreateQuarters(request.year())).stream()
                .map(CycleResponse::of).toList();
        return Response.status(201).entity(created).build();
    }

    private void requireManage() {
        guard.permissions().requireManageCycles(guard.viewer());
    }
}
