package dev.waypoint.preview.dashboard;

import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.rest.ErrorResponse;
import dev.waypoint.preview.user.PreviewRole;
import dev.waypoint.preview.user.PreviewSession;
import dev.waypoint.preview.user.PreviewUser;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code /rest/dashboards/1.0/{dashboardId}/...}: the preview's stand-in for what Jira's dashboard does on the server
 * for dashboard items: list the items of the dashboard with their preferences, add and remove items, store an item's
 * preferences (what {@code API.savePreferences} sends), and list the item types of the "Add gadget" directory. Only
 * the dashboard's editors (the preview's admin and lead) change it; everyone logged in sees it.
 */
@Path("{dashboardId}")
@Produces(MediaType.APPLICATION_JSON)
public final class DashboardHostResource {

    static final int MAX_PREFERENCES = 50;
    static final int MAX_VALUE = 5_000;
    private static final Pattern PREFERENCE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");

    private final PreviewDashboard dashboard;
    private final DashboardItemTypes types;
    private final PreviewSession session;
    private final PreviewI18n i18n;

    public DashboardHostResource(PreviewDashboard dashboard, DashboardItemTypes types, PreviewSession session,
            PreviewI18n i18n) {
        this.dashboard = Objects.requireNonNull(dashboard, "'dashboard' must not be null");
        this.types = Objects.requireNonNull(types, "'types' must not be null");
        this.session = Objects.requireNonNull(session, "'session' must not be null");
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    /** The dashboard as its page loads it. */
    public record DashboardJson(long id, String title, boolean editable, List<ItemJson> items) {
    }

    /** One placed item: what the page needs to construct its AMD module and call render. */
    public record ItemJson(long id, String type, String amdModule, boolean configurable, String title, int column,
            Map<String, String> preferences) {
    }

    /** One entry of the "Add gadget" directory. */
    public record DirectoryEntry(String type, String title, String description, String author,
            List<String> categories, String thumbnail) {
    }

    /** The body of {@code POST .../items}. */
    public record NewItem(String type, Integer column) {
    }

    /** Whether the current preview user may change the dashboard. */
    public static boolean editable(PreviewUser user) {
        return user.role() == PreviewRole.JIRA_ADMIN || user.role() == PreviewRole.TEAM_LEAD;
    }

    /** 200 the dashboard; 404 another dashboard id. */
    @GET
    @Path("items")
    public Response items(@PathParam("dashboardId") String dashboardId) {
        if (!known(dashboardId)) {
            return error(Response.Status.NOT_FOUND, null, "waypoint.preview.dashboard.error.notFound");
        }
        return Response.ok(dashboard(user())).build();
    }

    /** The dashboard with its items as {@code user} gets it (also embedded in the dashboard page). */
    public DashboardJson dashboard(PreviewUser user) {
        return new DashboardJson(PreviewDashboard.ID, i18n.getText("waypoint.preview.dashboard.name"), editable(user),
                dashboard.items().stream().map(this::json).toList());
    }

    /** 200 the item types of the app. */
    @GET
    @Path("directory")
    public List<DirectoryEntry> directory() {
        return types.types().stream().map(type -> new DirectoryEntry(type.completeKey(), i18n.getText(type.titleKey()),
                type.descriptionKey() == null ? null : i18n.getText(type.descriptionKey()), type.author(),
                type.categories(), type.thumbnail())).toList();
    }

    /** 201 the new item; 400 unknown type or column; 403 not an editor; 404 another dashboard. */
    @POST
    @Path("items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("dashboardId") String dashboardId, NewItem body) {
        Response refused = refuseChange(dashboardId);
        if (refused != null) {
            return refused;
        }
        if (body == null || body.type() == null || types.find(body.type()).isEmpty()) {
            return error(Response.Status.BAD_REQUEST, "type", "waypoint.preview.dashboard.error.type");
        }
        int column = body.column() == null ? 0 : body.column();
        if (column < 0 || column > 1) {
            return error(Response.Status.BAD_REQUEST, "column", "waypoint.preview.dashboard.error.column");
        }
        return Response.status(Response.Status.CREATED).entity(json(dashboard.add(body.type(), column, Map.of())))
                .build();
    }

    /**
     * 200 the item with its new preferences; 400 not an object of at most 50 string values of at most 5,000
     * characters under keys like {@code kpi} or {@code refresh}; 403 not an editor; 404 no such item.
     */
    @PUT
    @Path("items/{itemId}/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response savePreferences(@PathParam("dashboardId") String dashboardId, @PathParam("itemId") String itemId,
            Map<String, Object> body) {
        Response refused = refuseChange(dashboardId);
        if (refused != null) {
            return refused;
        }
        if (body == null || body.size() > MAX_PREFERENCES) {
            return error(Response.Status.BAD_REQUEST, "preferences", "waypoint.preview.dashboard.error.preferences");
        }
        Map<String, String> preferences = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            if (!PREFERENCE_KEY.matcher(entry.getKey()).matches() || !(entry.getValue() instanceof String value)
                    || value.length() > MAX_VALUE) {
                return error(Response.Status.BAD_REQUEST, "preferences",
                        "waypoint.preview.dashboard.error.preferences");
            }
            preferences.put(entry.getKey(), value);
        }
        return id(itemId).flatMap(id -> dashboard.savePreferences(id, preferences)).map(this::json)
                .map(item -> Response.ok(item).build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, null, "waypoint.preview.dashboard.error.item"));
    }

    /** 204 removed; 403 not an editor; 404 no such item. */
    @DELETE
    @Path("items/{itemId}")
    public Response remove(@PathParam("dashboardId") String dashboardId, @PathParam("itemId") String itemId) {
        Response refused = refuseChange(dashboardId);
        if (refused != null) {
            return refused;
        }
        return id(itemId).filter(dashboard::remove).map(id -> Response.noContent().build())
                .orElseGet(() -> error(Response.Status.NOT_FOUND, null, "waypoint.preview.dashboard.error.item"));
    }

    private ItemJson json(PlacedItem item) {
        DashboardItemType type = types.find(item.type()).orElse(null);
        return new ItemJson(item.id(), item.type(), type == null ? null : type.amdModule(),
                type != null && type.configurable(), type == null ? item.type() : i18n.getText(type.titleKey()),
                item.column(), item.preferences());
    }

    private Response refuseChange(String dashboardId) {
        if (!known(dashboardId)) {
            return error(Response.Status.NOT_FOUND, null, "waypoint.preview.dashboard.error.notFound");
        }
        return editable(user()) ? null
                : error(Response.Status.FORBIDDEN, null, "waypoint.preview.dashboard.error.forbidden");
    }

    private PreviewUser user() {
        return session.currentUser().orElseThrow();
    }

    private static boolean known(String dashboardId) {
        return Long.toString(PreviewDashboard.ID).equals(dashboardId);
    }

    private static Optional<Long> id(String raw) {
        return raw != null && raw.matches("[1-9][0-9]{0,17}") ? Optional.of(Long.parseLong(raw)) : Optional.empty();
    }

    private Response error(Response.Status status, String field, String key) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(new ErrorResponse(List.of(new ErrorResponse.Error(field, i18n.getText(key))), null)).build();
    }
}
