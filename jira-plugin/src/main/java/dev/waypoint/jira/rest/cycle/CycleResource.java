package dev.waypoint.jira.rest.cycle;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.cycle.ChangingCycle;
import dev.waypoint.app.cycle.CreatingCycle;
import dev.waypoint.app.cycle.CreatingQuarters;
import dev.waypoint.app.cycle.CyclesQuery;
import dev.waypoint.app.cycle.DeletingCycle;
import dev.waypoint.cycle.CreateCycle;
import dev.waypoint.cycle.CreateQuarters;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.cycle.UpdateCycle;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.Bodies;
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

    private final CyclesQuery query;
    private final CreatingCycle creating;
    private final ChangingCycle changing;
    private final DeletingCycle deleting;
    private final CreatingQuarters quarters;
    private final Clock clock;

    @Inject
    public CycleResource(CyclesQuery query, CreatingCycle creating, ChangingCycle changing, DeletingCycle deleting,
            CreatingQuarters quarters, Clock clock) {
        this.query = query;
        this.creating = creating;
        this.changing = changing;
        this.deleting = deleting;
        this.quarters = quarters;
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
        Params in = new Params(clock);
        CycleState wanted = in.optionalEnum("state", state, CycleState.class);
        in.throwIfAny();
        return query.list(wanted).stream().map(CycleResponse::of).toList();
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
        return CycleResponse.of(query.get(new CycleId(Params.requireId("id", id))));
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
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        Cycle created = creating.create(new CreateCycle(request.name(), request.start(), request.end(),
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
        CycleId cycleId = new CycleId(Params.requireId("id", id));
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        long version = Bodies.version(in, request.version());
        in.throwIfAny();
        return CycleResponse.of(changing.change(new UpdateCycle(cycleId, version, request.name(), request.start(),
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
        deleting.delete(new CycleId(Params.requireId("id", id)));
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
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        List<CycleResponse> created = quarters.create(new CreateQuarters(request.year())).stream()
                .map(CycleResponse::of).toList();
        return Response.status(201).entity(created).build();
    }

}
