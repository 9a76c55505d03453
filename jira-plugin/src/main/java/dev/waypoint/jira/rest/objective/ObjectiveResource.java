package dev.waypoint.jira.rest.objective;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.okr.ChangingObjective;
import dev.waypoint.app.okr.CreatingObjective;
import dev.waypoint.app.okr.DeletingObjective;
import dev.waypoint.app.okr.ObjectiveView;
import dev.waypoint.app.okr.ObjectivesQuery;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.CreateObjective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.UpdateObjective;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /rest/waypoint/1.0/objectives}: objectives of a cycle, one objective, and creating, changing and deleting
 * them. Parses, calls core's use cases ({@code dev.waypoint.app.okr}), which decide who sees and changes what (DESIGN
 * §5), and maps; an objective the caller may not see answers 404 as if it did not exist.
 */
@Path("/objectives")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectiveResource {

    private final ObjectivesQuery query;
    private final CreatingObjective creating;
    private final ChangingObjective changing;
    private final DeletingObjective deleting;
    private final Clock clock;

    @Inject
    public ObjectiveResource(ObjectivesQuery query, CreatingObjective creating, ChangingObjective changing,
            DeletingObjective deleting, Clock clock) {
        this.query = query;
        this.creating = creating;
        this.changing = changing;
        this.deleting = deleting;
        this.clock = clock;
    }

    /**
     * The objectives of a cycle that the caller may see, ordered by id, optionally only those of one project, level
     * or owner.
     *
     * <ul>
     *   <li>200 a list of {@link ObjectiveResponse} (empty for an unknown cycle)</li>
     *   <li>400 {@code cycleId} missing or not an id; {@code project}, {@code level} or {@code owner} malformed</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public List<ObjectiveResponse> list(@QueryParam("cycleId") String cycleId, @QueryParam("project") String project,
            @QueryParam("level") String level, @QueryParam("owner") String owner) {
        Params in = new Params(clock);
        Long cycle = in.id("cycleId", cycleId);
        ProjectKey projectKey = in.optionalProjectKey("project", project);
        ObjectiveLevel objectiveLevel = in.optionalEnum("level", level, ObjectiveLevel.class);
        UserKey ownerKey = in.optionalUserKey("owner", owner);
        in.throwIfAny();
        return query.list(new CycleId(cycle), projectKey, objectiveLevel, ownerKey).stream()
                .map(ObjectiveResource::response).toList();
    }

    /**
     * <ul>
     *   <li>200 {@link ObjectiveResponse}</li>
     *   <li>400 {@code id} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such objective, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/{id}")
    @LicensedOnly
    public ObjectiveResponse get(@PathParam("id") String id) {
        return response(query.get(new ObjectiveId(Params.requireId("id", id))));
    }

    /**
     * Creates an objective; the caller must be allowed to change objectives of its scope with its owner (a project
     * member may create team objectives they own).
     *
     * <ul>
     *   <li>201 {@link ObjectiveResponse}</li>
     *   <li>400 every bad field ({@link ObjectiveRequest}); an owner who is not an active user; an aligned KPI that
     *   does not exist or that the caller may not see</li>
     *   <li>401 / 403 nobody logged in / not allowed in that scope</li>
     *   <li>404 the cycle or the parent does not exist (or the parent is invisible)</li>
     *   <li>409 the cycle is closed</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(ObjectiveRequest request) {
        Fields fields = fields(request, false);
        ObjectiveView created = creating.create(new CreateObjective(fields.cycleId(), request.title(),
                request.description(), request.level(), request.kind(), request.commitment(), fields.owner(),
                request.project(), fields.parentId(), request.contributesToParent(), request.weight(),
                fields.alignedKpis(), request.state()));
        return Response.status(201).entity(response(created)).build();
    }

    /**
     * Replaces every editable field. Moving an objective to another scope or owner needs the right to change
     * objectives there too.
     *
     * <ul>
     *   <li>200 {@link ObjectiveResponse} with the new version</li>
     *   <li>400 every bad field; {@code version} missing; a newly aligned KPI that does not exist or that the
     *   caller may not see (KPIs aligned before stay, even if the caller may not see them)</li>
     *   <li>401 / 403 nobody logged in / not allowed to change it</li>
     *   <li>404 no such objective (or invisible), cycle or parent</li>
     *   <li>409 changed since {@code version}, or its cycle is closed</li>
     * </ul>
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public ObjectiveResponse update(@PathParam("id") String id, ObjectiveRequest request) {
        ObjectiveId objectiveId = new ObjectiveId(Params.requireId("id", id));
        Fields fields = fields(request, true);
        return response(changing.change(new UpdateObjective(objectiveId, fields.version(), fields.cycleId(),
                request.title(), request.description(), request.level(), request.kind(), request.commitment(),
                fields.owner(), request.project(), fields.parentId(), request.contributesToParent(),
                request.weight(), fields.alignedKpis(), request.state())));
    }

    /**
     * Deletes an objective with its key results, their check-ins and initiatives.
     *
     * <ul>
     *   <li>204 deleted</li>
     *   <li>400 {@code id} is not an id</li>
     *   <li>401 / 403 nobody logged in / not allowed to change it</li>
     *   <li>404 no such objective, or invisible</li>
     *   <li>409 its cycle is closed, or objectives align to it</li>
     * </ul>
     */
    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response delete(@PathParam("id") String id) {
        deleting.delete(new ObjectiveId(Params.requireId("id", id)));
        return Response.noContent().build();
    }

    private static ObjectiveResponse response(ObjectiveView view) {
        return ObjectiveResponse.of(view.objective(), view.canEdit(), view.alignedKpis());
    }

    /** The body's typed values; the rest is validated by core with the others. */
    private record Fields(CycleId cycleId, UserKey owner, ObjectiveId parentId, Set<KpiId> alignedKpis,
            long version) {
    }

    private Fields fields(ObjectiveRequest request, boolean update) {
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        CycleId cycleId = Bodies.optionalId(in, "cycleId", request.cycleId(), CycleId::new);
        UserKey owner = in.optionalUserKey("owner", request.owner());
        ObjectiveId parentId = Bodies.optionalId(in, "parentId", request.parentId(), ObjectiveId::new);
        List<KpiId> kpis = Bodies.optionalIds(in, "alignedKpis", request.alignedKpis(), KpiId::new);
        long version = update ? Bodies.version(in, request.version()) : 0;
        in.throwIfAny();
        return new Fields(cycleId, owner, parentId, kpis == null ? null : new HashSet<>(kpis), version);
    }
}
