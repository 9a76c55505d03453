package dev.waypoint.jira.rest.keyresult;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.Bodies;
import dev.waypoint.jira.rest.objective.KpiReferences;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.keyresult.CreateKeyResult;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultService;
import dev.waypoint.keyresult.MeasureSpec;
import dev.waypoint.keyresult.UpdateKeyResult;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.keyresult.ValueSourceSpec;
import dev.waypoint.keyresult.ValueSourceType;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * {@code /rest/waypoint/1.0/key-results}: one key result, and adding, changing and deleting them (DESIGN §3). A key
 * result lives in its objective's scope ({@link OkrGuard}). A JQL source is counted by the refresh job as the key
 * result's owner, so, as for a KPI's JQL (DESIGN §5), only that owner or a Jira administrator may set or change it,
 * or give a JQL key result another owner: nobody publishes counts of issues they cannot see themselves.
 */
@Path("/key-results")
@Produces(MediaType.APPLICATION_JSON)
public class KeyResultResource {

    private final OkrGuard guard;
    private final KeyResultService service;
    private final KpiReferences kpis;
    private final Clock clock;

    @Inject
    public KeyResultResource(OkrGuard guard, KeyResultService service, KpiReferences kpis, Clock clock) {
        this.guard = guard;
        this.service = service;
        this.kpis = kpis;
        this.clock = clock;
    }

    /**
     * <ul>
     *   <li>200 {@link KeyResultResponse}</li>
     *   <li>400 {@code id} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such key result, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/{id}")
    @LicensedOnly
    public KeyResultResponse get(@PathParam("id") String id) {
        OkrGuard.VisibleKeyResult found = guard.visibleKeyResult(new KeyResultId(Params.requireId("id", id)));
        return response(found.objective(), found.keyResult());
    }

    /**
     * Adds a key result to an objective the caller may change.
     *
     * <ul>
     *   <li>201 {@link KeyResultResponse}</li>
     *   <li>400 every bad field ({@link KeyResultRequest}, {@link MeasureBody}, {@link SourceBody}); a KPI source
     *   naming a KPI that does not exist or that the caller may not see</li>
     *   <li>401 / 403 nobody logged in / may not change the objective or set this JQL</li>
     *   <li>404 no such objective, or invisible</li>
     *   <li>409 the objective's cycle is closed</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(KeyResultRequest request) {
        guard.requireLicensed();
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        ObjectiveId objectiveId = Bodies.id(in, "objectiveId", request.objectiveId(), ObjectiveId::new);
        UserKey owner = in.optionalUserKey("owner", request.owner());
        ValueSourceSpec source = source(in, request.source());
        in.throwIfAny();
        Objective objective = guard.visibleObjective(objectiveId);
        guard.requireEdit(objective);
        if (source != null && source.type() == ValueSourceType.JQL) {
            guard.permissions().requireChangeKpiJql(guard.viewer(), OkrGuard.scopeOf(objective), owner);
        }
        requireVisibleKpi(null, source);
        KeyResult created = service.create(new CreateKeyResult(objectiveId, request.title(), owner, request.weight(),
                request.unit(), measure(request.measure()), source));
        return Response.status(201).entity(response(objective, created)).build();
    }

    /**
     * Replaces every editable field.
     *
     * <ul>
     *   <li>200 {@link KeyResultResponse} with the new version</li>
     *   <li>400 every bad field; {@code version} missing; a KPI source newly naming a KPI that does not exist or
     *   that the caller may not see</li>
     *   <li>401 / 403 nobody logged in / may not change it or its JQL</li>
     *   <li>404 no such key result, or invisible</li>
     *   <li>409 changed since {@code version}, or its cycle is closed</li>
     * </ul>
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public KeyResultResponse update(@PathParam("id") String id, KeyResultRequest request) {
        OkrGuard.VisibleKeyResult found = guard.visibleKeyResult(new KeyResultId(Params.requireId("id", id)));
        KeyResult existing = found.keyResult();
        guard.requireEdit(found.objective(), existing);
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        long version = Bodies.version(in, request.version());
        UserKey owner = in.optionalUserKey("owner", request.owner());
        ValueSourceSpec source = source(in, request.source());
        in.throwIfAny();
        if (changesJql(existing, owner, source)) {
            guard.permissions().requireChangeKpiJql(guard.viewer(), OkrGuard.scopeOf(found.objective()), owner);
        }
        requireVisibleKpi(existing, source);
        KeyResult updated = service.update(new UpdateKeyResult(existing.id(), version, request.title(), owner,
                request.weight(), request.unit(), measure(request.measure()), source));
        return response(found.objective(), updated);
    }

    /**
     * Deletes a key result with its check-ins and initiatives.
     *
     * <ul>
     *   <li>204 deleted</li>
     *   <li>400 {@code id} is not an id</li>
     *   <li>401 / 403 nobody logged in / may not change it</li>
     *   <li>404 no such key result, or invisible</li>
     *   <li>409 its cycle is closed</li>
     * </ul>
     */
    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response delete(@PathParam("id") String id) {
        OkrGuard.VisibleKeyResult found = guard.visibleKeyResult(new KeyResultId(Params.requireId("id", id)));
        guard.requireEdit(found.objective(), found.keyResult());
        service.delete(found.keyResult().id());
        return Response.noContent().build();
    }

    private KeyResultResponse response(Objective objective, KeyResult keyResult) {
        return KeyResultResponse.of(keyResult, guard.canEdit(objective, keyResult),
                guard.canCheckIn(objective, keyResult));
    }

    /**
     * A KPI source must name a KPI the caller may see, unless it is the one the key result already had (it shows that
     * KPI's values to everybody who sees the key result).
     */
    private void requireVisibleKpi(KeyResult existing, ValueSourceSpec source) {
        if (source == null || source.type() != ValueSourceType.KPI || source.kpiId() == null
                || existing != null && existing.source() instanceof ValueSource.Kpi kpi
                        && kpi.kpiId().equals(source.kpiId())) {
            return;
        }
        kpis.require(guard.viewer(), "source.kpiId", List.of(source.kpiId()));
    }

    /** A JQL source that is new, changed, or given to another owner. */
    private static boolean changesJql(KeyResult existing, UserKey owner, ValueSourceSpec source) {
        if (source == null || source.type() != ValueSourceType.JQL) {
            return false;
        }
        return !(existing.source() instanceof ValueSource.Jql jql) || !jql.jql().equals(source.jql())
                || !Objects.equals(existing.owner(), owner);
    }

    private static MeasureSpec measure(MeasureBody body) {
        return body == null ? null : body.toSpec();
    }

    private static ValueSourceSpec source(Params in, SourceBody body) {
        if (body == null) {
            return null;
        }
        return new ValueSourceSpec(body.type(), Bodies.optionalId(in, "source.kpiId", body.kpiId(), KpiId::new),
                body.jql());
    }
}
