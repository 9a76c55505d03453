package dev.waypoint.jira.rest.alignment;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.alignment.KpiAlignmentService;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.RestMessages;
import dev.waypoint.jira.rest.kpi.KpiGuard;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.UserKey;
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
import java.util.List;

/**
 * {@code /rest/waypoint/1.0/alignments}: objectives aligned to KPIs (many-to-many; seed 001: "you can align OKRs to
 * KPIs"). Both sides are checked: an objective or KPI the caller may not see answers 404 like a missing one, and
 * lists hold only what the caller may see. An alignment is part of the objective (it changes the objective's
 * version), so whoever may change the objective links and unlinks it.
 */
@Path("/alignments")
@Produces(MediaType.APPLICATION_JSON)
public class AlignmentResource {

    private final KpiGuard kpiGuard;
    private final OkrGuard okrGuard;
    private final KpiAlignmentService alignments;
    private final KpiReadService kpis;
    private final ObjectiveRepository objectives;

    @Inject
    public AlignmentResource(KpiGuard kpiGuard, OkrGuard okrGuard, KpiAlignmentService alignments,
            KpiReadService kpis, ObjectiveRepository objectives) {
        this.kpiGuard = kpiGuard;
        this.okrGuard = okrGuard;
        this.alignments = alignments;
        this.kpis = kpis;
        this.objectives = objectives;
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
        UserKey viewer = kpiGuard.requireLicensed();
        Objective objective = okrGuard.visibleObjective(new ObjectiveId(Params.requireId("objectiveId",
                objectiveId)));
        List<KpiId> ids = objective.alignedKpis().stream().sorted((a, b) -> Long.compare(a.value(), b.value()))
                .toList();
        return kpis.scorecard(viewer, ids, 1).stream().map(AlignedKpiResponse::of).toList();
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
        kpiGuard.requireLicensed();
        Kpi kpi = kpiGuard.visibleKpi(new KpiId(Params.requireId("kpiId", kpiId)));
        return objectives.findByIds(alignments.objectivesAlignedTo(kpi.id())).stream()
                .filter(okrGuard::canView)
                .map(AlignedObjectiveResponse::of)
                .toList();
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
     *   <li>415 not JSON</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public AlignmentResponse link(AlignmentRequest body) {
        kpiGuard.requireLicensed();
        Params in = kpiGuard.params();
        in.body(body);
        in.throwIfAny();
        Long objectiveId = id(in, "objectiveId", body.objectiveId());
        Long kpiId = id(in, "kpiId", body.kpiId());
        in.throwIfAny();
        return change(objectiveId, kpiId, true);
    }

    /**
     * Removes the alignment; removing a missing one is harmless. Same rules as linking.
     *
     * <ul>
     *   <li>204 removed</li>
     *   <li>400 an id is malformed</li>
     *   <li>401 / 403 not logged in / may not change the objective</li>
     *   <li>404 no such objective or KPI, or the caller may not see it</li>
     * </ul>
     */
    @DELETE
    @Path("/{objectiveId}/{kpiId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response unlink(@PathParam("objectiveId") String objectiveId, @PathParam("kpiId") String kpiId) {
        kpiGuard.requireLicensed();
        Params in = kpiGuard.params();
        Long objective = in.id("objectiveId", objectiveId);
        Long kpi = in.id("kpiId", kpiId);
        in.throwIfAny();
        change(objective, kpi, false);
        return Response.noContent().build();
    }

    private AlignmentResponse change(long objectiveId, long kpiId, boolean link) {
        Objective objective = okrGuard.visibleObjective(new ObjectiveId(objectiveId));
        okrGuard.requireEdit(objective);
        Kpi kpi = kpiGuard.visibleKpi(new KpiId(kpiId));
        if (link) {
            alignments.link(objective.id(), kpi.id());
        } else {
            alignments.unlink(objective.id(), kpi.id());
        }
        return new AlignmentResponse(objectiveId, kpiId);
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
