package dev.waypoint.jira.rest.alignment;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.alignment.AlignedKpisQuery;
import dev.waypoint.app.alignment.AlignedObjectivesQuery;
import dev.waypoint.app.alignment.AligningToKpi;
import dev.waypoint.app.alignment.RemovingAlignment;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.RestMessages;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;

/**
 * {@code /rest/waypoint/1.0/alignments}: objectives aligned to KPIs (many-to-many; seed 001: "you can align OKRs to
 * KPIs"). Parses, calls core's use cases ({@code dev.waypoint.app.alignment}) and maps. Both sides are checked: an
 * objective or KPI the caller may not see answers 404 like a missing one, and lists hold only what the caller may see.
 * An alignment is part of the objective (it changes the objective's version), so whoever may change the objective
 * links and unlinks it, while its cycle is open.
 */
@Path("/alignments")
@Produces(MediaType.APPLICATION_JSON)
public class AlignmentResource {

    private final AlignedKpisQuery alignedKpis;
    private final AlignedObjectivesQuery alignedObjectives;
    private final AligningToKpi aligning;
    private final RemovingAlignment removing;
    private final Clock clock;

    @Inject
    public AlignmentResource(AlignedKpisQuery alignedKpis, AlignedObjectivesQuery alignedObjectives,
            AligningToKpi aligning, RemovingAlignment removing, Clock clock) {
        this.alignedKpis = alignedKpis;
        this.alignedObjectives = alignedObjectives;
        this.aligning = aligning;
        this.removing = removing;
        this.clock = clock;
    }

    /**
     * The KPIs an objective is aligned to that the caller may see, with their latest health, in id order.
     *
     * <ul>
     *   <li>200 a list of {@link AlignedKpiResponse}</li>
     *   <li>400 {@code objectiveId} is not an id</li>
     *   <li>401 / 403 not logged in / no licence</li>
     *   <li>404 no such objective, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/objectives/{objectiveId}")
    @LicensedOnly
    public List<AlignedKpiResponse> kpisOfObjective(@PathParam("objectiveId") String objectiveId) {
        return alignedKpis.kpisOf(new ObjectiveId(Params.requireId("objectiveId", objectiveId))).stream()
                .map(AlignedKpiResponse::of).toList();
    }

    /**
     * The objectives aligned to a KPI that the caller may see, in id order.
     *
     * <ul>
     *   <li>200 a list of {@link AlignedObjectiveResponse}</li>
     *   <li>400 {@code kpiId} is not an id</li>
     *   <li>401 / 403 not logged in / no licence</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/kpis/{kpiId}")
    @LicensedOnly
    public List<AlignedObjectiveResponse> objectivesOfKpi(@PathParam("kpiId") String kpiId) {
        return alignedObjectives.objectivesOf(new KpiId(Params.requireId("kpiId", kpiId))).stream()
                .map(AlignedObjectiveResponse::of).toList();
    }

    /**
     * Aligns an objective to a KPI; aligning twice is harmless. Whoever may change the objective may, for a KPI they
     * may see.
     *
     * <ul>
     *   <li>200 {@link AlignmentResponse}</li>
     *   <li>400 an id missing or malformed</li>
     *   <li>401 / 403 not logged in / may not change the objective</li>
     *   <li>404 no such objective or KPI, or the caller may not see it</li>
     *   <li>409 the objective's cycle is closed</li>
     *   <li>415 not JSON</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public AlignmentResponse link(AlignmentRequest body) {
        Params in = new Params(clock);
        in.body(body);
        in.throwIfAny();
        Long objectiveId = id(in, "objectiveId", body.objectiveId());
        Long kpiId = id(in, "kpiId", body.kpiId());
        in.throwIfAny();
        aligning.align(new ObjectiveId(objectiveId), new KpiId(kpiId));
        return new AlignmentResponse(objectiveId, kpiId);
    }

    /**
     * Removes the alignment; removing a missing one is harmless. Same rules as linking.
     *
     * <ul>
     *   <li>204 removed</li>
     *   <li>400 an id is malformed</li>
     *   <li>401 / 403 not logged in / may not change the objective</li>
     *   <li>404 no such objective or KPI, or the caller may not see it</li>
     *   <li>409 the objective's cycle is closed</li>
     * </ul>
     */
    @DELETE
    @Path("/{objectiveId}/{kpiId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response unlink(@PathParam("objectiveId") String objectiveId, @PathParam("kpiId") String kpiId) {
        Params in = new Params(clock);
        Long objective = in.id("objectiveId", objectiveId);
        Long kpi = in.id("kpiId", kpiId);
        in.throwIfAny();
        removing.remove(new ObjectiveId(objective), new KpiId(kpi));
        return Response.noContent().build();
    }

    private static Long id(Params in, String field, Long value) {
        if (value == null) {
            in.add(RestMessages.error(field, RestMessages.REQUIRED));
        } else if (value < 1) {
            in.add(RestMessages.error(field, RestMessages.ID_INVALID, value));
        }
        return value;
    }
}
