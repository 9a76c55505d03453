package dev.waypoint.jira.rest.kpi;

import com.atlassian.jira.issue.status.Status;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.kpi.ChangingKpi;
import dev.waypoint.app.kpi.CreatingKpi;
import dev.waypoint.app.kpi.DeletingKpi;
import dev.waypoint.app.kpi.KpiDetail;
import dev.waypoint.app.kpi.KpiDetailQuery;
import dev.waypoint.app.kpi.KpiDirectoryQuery;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiId;
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
import java.util.List;

/**
 * {@code /rest/waypoint/1.0/kpis}: KPIs and the KPI tree (DESIGN §3 "KPI", §5). Parses, calls core's use cases
 * ({@code dev.waypoint.app.kpi}), which decide who sees and changes what, and maps. A KPI the caller may not see (its
 * project's, or for a composite one of its children's) answers 404 like a missing one.
 */
@Path("/kpis")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    private final KpiDirectoryQuery directory;
    private final KpiDetailQuery details;
    private final CreatingKpi creating;
    private final ChangingKpi changing;
    private final DeletingKpi deleting;
    private final KpiViews views;
    private final Clock clock;

    @Inject
    public KpiResource(KpiDirectoryQuery directory, KpiDetailQuery details, CreatingKpi creating, ChangingKpi changing,
            DeletingKpi deleting, KpiViews views, Clock clock) {
        this.directory = directory;
        this.details = details;
        this.creating = creating;
        this.changing = changing;
        this.deleting = deleting;
        this.views = views;
        this.clock = clock;
    }

    /**
     * The KPIs the caller may see, ordered by id; with {@code project}, only that project's.
     *
     * <ul>
     *   <li>200 a list of {@link KpiResponse}</li>
     *   <li>400 {@code project} is not a project key</li>
     *   <li>401 nobody is logged in; 403 no licence</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public List<KpiResponse> list(@QueryParam("project") String project) {
        Params in = new Params(clock);
        ProjectKey only = in.optionalProjectKey("project", project);
        in.throwIfAny();
        return directory.list(only).stream().map(KpiResponse::of).toList();
    }

    /**
     * One KPI with its latest value, health, trend and what the caller may do with it.
     *
     * <ul>
     *   <li>200 {@link KpiDetailResponse}</li>
     *   <li>400 {@code id} is not an id</li>
     *   <li>401 / 403 not logged in / no licence</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/{id}")
    @LicensedOnly
    public KpiDetailResponse get(@PathParam("id") String id) {
        KpiDetail detail = details.detail(new KpiId(Params.requireId("id", id)));
        return new KpiDetailResponse(KpiResponse.of(detail.card().kpi()), views.latest(detail.card()),
                detail.card().health(), TrendResponse.of(detail.card().trend()), detail.canManage(),
                detail.canChangeJql());
    }

    /**
     * Creates a KPI. Allowed to whoever may create items owned by {@code owner} in its scope and may set queries that
     * run as {@code owner}: in a project its owner and the project administrators, globally the company managers;
     * and in both cases only the owner or a Jira administrator. The owner defaults to the caller, the refresh
     * interval to the admin's default. A parent or composite child must be a KPI the caller sees; a composite
     * combines only KPIs of its own project or global ones, so that its value shows nothing its viewers may not see.
     *
     * <ul>
     *   <li>201 {@link KpiResponse}</li>
     *   <li>400 every bad field, including Jira's verdict on the queries (checked as the owner) and date fields Jira
     *   does not know</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>415 not JSON</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(KpiRequest body) {
        Params in = new Params(clock);
        in.body(body);
        in.throwIfAny();
        if (body.version() != null) {
            in.add(KpiRestMessages.error("version", KpiRestMessages.VERSION_UNEXPECTED));
        }
        KpiDefinition definition = definition(in, body);
        in.throwIfAny();
        return Response.status(Response.Status.CREATED).entity(KpiResponse.of(creating.create(definition).kpi()))
                .build();
    }

    /**
     * Replaces a KPI's definition (the owner defaults to the current one). The KPI's managers may change it; moving it
     * to another scope or giving it to another owner follows the rule for creating it there, and changing its
     * queries needs the owner or a Jira administrator.
     *
     * <ul>
     *   <li>200 {@link KpiResponse} with the new version</li>
     *   <li>400 every bad field</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     *   <li>409 {@code version} is stale</li>
     * </ul>
     */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public KpiResponse update(@PathParam("id") String id, KpiRequest body) {
        KpiId kpiId = new KpiId(Params.requireId("id", id));
        Params in = new Params(clock);
        in.body(body);
        in.throwIfAny();
        Long version = KpiBodies.version(in, body.version());
        KpiDefinition definition = definition(in, body);
        in.throwIfAny();
        return KpiResponse.of(changing.change(kpiId, version, definition).kpi());
    }

    /**
     * Deletes a KPI with its values, alignments and target history; its managers may.
     *
     * <ul>
     *   <li>204 deleted</li>
     *   <li>400 {@code id} is not an id</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     *   <li>409 other KPIs depend on it (its children in the tree, or composites using it)</li>
     * </ul>
     */
    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response delete(@PathParam("id") String id) {
        deleting.delete(new KpiId(Params.requireId("id", id)));
        return Response.noContent().build();
    }

    /**
     * The KPI tree below a KPI: its direct children the caller may see, ordered by id.
     *
     * <ul>
     *   <li>200 a list of {@link KpiResponse}</li>
     *   <li>400 {@code id} is not an id</li>
     *   <li>401 / 403 not logged in / no licence</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/{id}/children")
    @LicensedOnly
    public List<KpiResponse> children(@PathParam("id") String id) {
        return directory.children(new KpiId(Params.requireId("id", id))).stream().map(KpiResponse::of).toList();
    }

    /** The definition of the body: its owner (if given) and project parsed, the rest for core to validate. */
    private static KpiDefinition definition(Params in, KpiRequest body) {
        UserKey owner = in.optionalUserKey("owner", body.owner());
        ProjectKey project = in.optionalProjectKey("project", body.project());
        return KpiBodies.definition(in, body, owner, project);
    }
}
