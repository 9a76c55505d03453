package dev.waypoint.jira.rest.kpi;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.settings.WaypointSettingsStore;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiDeletion;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiMessages;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code /rest/waypoint/1.0/kpis}: KPIs and the KPI tree (DESIGN §3 "KPI", §5). Anyone who may see a KPI's scope (its
 * project, or the company for a global KPI) sees it; a KPI the caller may not see answers 404 like a missing one.
 * Its owner and the administrators of its scope manage it; its queries and its owner only the owner and Jira
 * administrators may change ({@link Permissions#canChangeKpiJql}), because the refresh job runs them as the owner.
 */
@Path("/kpis")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    private final KpiGuard guard;
    private final KpiReadService reads;
    private final KpiService kpis;
    private final KpiDeletion deletion;
    private final KpiViews views;
    private final WaypointSettingsStore settings;

    @Inject
    public KpiResource(KpiGuard guard, KpiReadService reads, KpiService kpis, KpiDeletion deletion, KpiViews views,
            WaypointSettingsStore settings) {
        this.guard = guard;
        this.reads = reads;
        this.kpis = kpis;
        this.deletion = deletion;
        this.views = views;
        this.settings = settings;
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
        UserKey viewer = guard.requireLicensed();
        Params in = guard.params();
        ProjectKey only = in.optionalProjectKey("project", project);
        in.throwIfAny();
        return reads.list(viewer).stream()
                .filter(kpi -> only == null || only.equals(kpi.project()))
                .map(KpiResponse::of)
                .toList();
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
        UserKey viewer = guard.requireLicensed();
        KpiId kpiId = new KpiId(Params.requireId("id", id));
        List<KpiCard> cards = reads.scorecard(viewer, List.of(kpiId), 31);
        if (cards.isEmpty()) {
            throw new NotFoundException("KPI", kpiId);
        }
        KpiCard card = cards.get(0);
        return new KpiDetailResponse(KpiResponse.of(card.kpi()), views.latest(card), card.health(),
                TrendResponse.of(card.trend()), guard.canManage(card.kpi()), guard.canChangeJql(card.kpi()));
    }

    /**
     * Creates a KPI. Allowed to whoever may create items owned by {@code owner} in its scope and may set queries that
     * run as {@code owner} ({@link Permissions#canCreateKpi}): in a project its owner and the project administrators,
     * globally the company managers; and in both cases only the owner or a Jira administrator. The owner defaults to
     * the caller. A parent or composite child must be a KPI the caller sees; a composite combines only KPIs of its
     * own project or global ones, so that its value shows nothing its viewers may not see.
     *
     * <ul>
     *   <li>201 {@link KpiResponse}</li>
     *   <li>400 every bad field, including Jira's verdict on the queries (checked as the owner)</li>
     *   <li>401 / 403 not logged in / not allowed</li>
     *   <li>415 not JSON</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response create(KpiRequest body) {
        UserKey viewer = guard.requireLicensed();
        Params in = guard.params();
        in.body(body);
        in.throwIfAny();
        UserKey owner = KpiBodies.owner(in, body.owner(), viewer);
        ProjectKey project = in.optionalProjectKey("project", body.project());
        in.throwIfAny();
        guard.permissions().requireCreateKpi(guard.viewer(), Scope.of(project), owner);
        if (body.version() != null) {
            in.add(KpiRestMessages.error("version", KpiRestMessages.VERSION_UNEXPECTED));
        }
        KpiDefinition definition = KpiBodies.definition(in, body, owner, project,
                settings.current().defaultKpiRefreshMinutes());
        checkReferences(in, viewer, definition);
        in.throwIfAny();
        Kpi created = onJsonPaths(() -> kpis.create(viewer, definition));
        return Response.status(Response.Status.CREATED).entity(KpiResponse.of(created)).build();
    }

    /**
     * Replaces a KPI's definition. The KPI's managers may change it; changing its queries or its owner needs the
     * owner or a Jira administrator, and moving it to another project needs the right to manage it there.
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
        UserKey viewer = guard.requireLicensed();
        Kpi existing = guard.visibleKpi(id);
        guard.requireManage(existing);
        Params in = guard.params();
        in.body(body);
        in.throwIfAny();
        UserKey owner = KpiBodies.owner(in, body.owner(), existing.owner());
        ProjectKey project = in.optionalProjectKey("project", body.project());
        Long version = KpiBodies.version(in, body.version());
        in.throwIfAny();
        Scope scope = Scope.of(project);
        Permissions permissions = guard.permissions();
        if (!Objects.equals(project, existing.project())) {
            permissions.requireManageKpi(guard.viewer(), scope, owner);
        }
        KpiDefinition definition = KpiBodies.definition(in, body, owner, project,
                settings.current().defaultKpiRefreshMinutes());
        in.throwIfAny();
        boolean queriesChanged = definition.source() != null && !definition.source().equals(existing.source())
                && (KpiBodies.runsQueries(definition.source()) || KpiBodies.runsQueries(existing.source()));
        if (!owner.equals(existing.owner()) || queriesChanged) {
            permissions.requireChangeKpiJql(guard.viewer(), scope, owner);
        }
        checkReferences(in, viewer, definition);
        in.throwIfAny();
        return KpiResponse.of(onJsonPaths(() -> kpis.update(viewer, existing.id(), version, definition)));
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
        Kpi kpi = guard.visibleKpi(id);
        guard.requireManage(kpi);
        deletion.delete(kpi.id());
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
        Kpi parent = guard.visibleKpi(id);
        return reads.list(guard.requireLicensed()).stream()
                .filter(kpi -> parent.id().equals(kpi.parentId()))
                .map(KpiResponse::of)
                .toList();
    }

    /**
     * A parent or composite child the caller may not see is reported as not existing; a composite child of another
     * project would show that project's numbers to the composite's viewers.
     */
    private void checkReferences(Params in, UserKey viewer, KpiDefinition definition) {
        List<CompositeChild> children = definition.source() instanceof KpiSource.Composite composite
                ? composite.children() : List.of();
        if (definition.parentId() == null && children.isEmpty()) {
            return;
        }
        Map<KpiId, Kpi> visible = reads.list(viewer).stream()
                .collect(Collectors.toMap(Kpi::id, Function.identity()));
        if (definition.parentId() != null && !visible.containsKey(definition.parentId())) {
            in.add(KpiMessages.CATALOG.invalid("parentId", "waypoint.kpi.parent.notFound", definition.parentId())
                    .errors().get(0));
        }
        for (int i = 0; i < children.size(); i++) {
            KpiId child = children.get(i).kpiId();
            if (child == null) {
                continue;
            }
            String field = "source.children[" + i + "].kpiId";
            Kpi found = visible.get(child);
            if (found == null) {
                in.add(KpiMessages.CATALOG.invalid(field, "waypoint.kpi.child.notFound", child).errors().get(0));
            } else if (found.project() != null && !found.project().equals(definition.project())) {
                in.add(KpiRestMessages.error(field, KpiRestMessages.CHILD_SCOPE, child, found.project()));
            }
        }
    }

    private static Kpi onJsonPaths(Supplier<Kpi> write) {
        try {
            return write.get();
        } catch (InvalidInputException e) {
            throw KpiBodies.onJsonPaths(e);
        }
    }
}
