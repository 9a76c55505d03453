package dev.waypoint.jira.rest.keyresult;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.okr.AddingKeyResult;
import dev.waypoint.app.okr.ChangingKeyResult;
import dev.waypoint.app.okr.DeletingKeyResult;
import dev.waypoint.app.okr.KeyResultQuery;
import dev.waypoint.app.okr.KeyResultView;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.Bodies;
import dev.waypoint.keyresult.CreateKeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.MeasureSpec;
import dev.waypoint.keyresult.UpdateKeyResult;
import dev.waypoint.keyresult.ValueSourceSpec;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /rest/waypoint/1.0/key-results}: one key result, and adding, changing and deleting them (DESIGN §3). Parses,
 * calls core's use cases ({@code dev.waypoint.app.okr}: who may, what is valid) and maps. A JQL source is counted by
 * the refresh job as the key result's owner and only in named projects, so, as for a KPI's JQL (DESIGN §5), only that
 * owner or a Jira administrator may set or change it: nobody publishes counts of issues they cannot see themselves.
 */
@Path("/key-results")
@Produces(MediaType.APPLICATION_JSON)
public class KeyResultResource {

    private final KeyResultQuery query;
    private final AddingKeyResult adding;
    private final ChangingKeyResult changing;
    private final DeletingKeyResult deleting;
    private final Clock clock;

    @Inject
    public KeyResultResource(KeyResultQuery query, AddingKeyResult adding, ChangingKeyResult changing,
            DeletingKeyResult deleting, Clock clock) {
        this.query = query;
        this.adding = adding;
        this.changing = changing;
        this.deleting = deleting;
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
        return response(query.get(new KeyResultId(Params.requireId("id", id))));
    }

    /**
     * Adds a key result to an objective the caller may change.
     *
     * <ul>
     *   <li>201 {@link KeyResultResponse}</li>
     *   <li>400 every bad field ({@link KeyResultRequest}, {@link MeasureBody}, {@link SourceBody}); an owner who
     *   is not an active user; JQL Jira does not accept as the owner, or without projects for a company or personal
     *   objective; a KPI source naming a KPI that does not exist or that the caller may not see</li>
     *   <li>401 / 403 nobody logged in / may not change the objective or set this JQL</li>
     *   <li>404 no such objective, or invisible</li>
     *   <li>409 the objective's cycle is closed</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(KeyResultRequest request) {
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        ObjectiveId objectiveId = Bodies.optionalId(in, "objectiveId", request.objectiveId(), ObjectiveId::new);
        UserKey owner = in.optionalUserKey("owner", request.owner());
        ValueSourceSpec source = source(in, request.source());
        in.throwIfAny();
        KeyResultView created = adding.add(new CreateKeyResult(objectiveId, request.title(), owner,
                request.weight(), request.unit(), measure(request.measure()), source));
        return Response.status(201).entity(response(created)).build();
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
        KeyResultId keyResultId = new KeyResultId(Params.requireId("id", id));
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        long version = Bodies.version(in, request.version());
        UserKey owner = in.optionalUserKey("owner", request.owner());
        ValueSourceSpec source = source(in, request.source());
        in.throwIfAny();
        return response(changing.change(new UpdateKeyResult(keyResultId, version, request.title(), owner,
                request.weight(), request.unit(), measure(request.measure()), source)));
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
        deleting.delete(new KeyResultId(Params.requireId("id", id)));
        return Response.noContent().build();
    }

    private static KeyResultResponse response(KeyResultView view) {
        return KeyResultResponse.of(view.keyResult(), view.canEdit(), view.canCheckIn(), view.hidden());
    }

    private static MeasureSpec measure(MeasureBody body) {
        return body == null ? null : body.toSpec();
    }

    private static ValueSourceSpec source(Params in, SourceBody body) {
        if (body == null) {
            return null;
        }
        Set<ProjectKey> projects = new LinkedHashSet<>();
        List<String> raw = body.projects() == null ? List.of() : body.projects();
        for (int i = 0; i < raw.size(); i++) {
            ProjectKey project = in.projectKey("source.projects[" + i + "]", raw.get(i));
            if (project != null) {
                projects.add(project);
            }
        }
        return new ValueSourceSpec(body.type(), Bodies.optionalId(in, "source.kpiId", body.kpiId(), KpiId::new),
                body.jql(), projects);
    }
}
