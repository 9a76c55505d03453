package dev.waypoint.jira.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.waypoint.jira.rest.kpi.KpiGuard;
import dev.waypoint.app.admin.CustomFieldLookup;
import dev.waypoint.app.admin.WaypointSettings;
import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.kpi.search.UserDirectory;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/waypoint/1.0/admin/settings}: Waypoint's admin page (DESIGN §4): pace thresholds and grade bands, the
 * company OKR/KPI group and the company viewer groups, refresh intervals, the epic-children JQL template, the
 * story-point field, the insights' thresholds and the retention of KPI values. Jira administrators only, both ways.
 */
@Path("/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSettingsResource {

    private final KpiGuard guard;
    private final WaypointSettingsStore store;
    private final UserDirectory users;
    private final CustomFieldLookup fields;

    @Inject
    public AdminSettingsResource(KpiGuard guard, WaypointSettingsStore store, UserDirectory users,
            CustomFieldLookup fields) {
        this.guard = guard;
        this.store = store;
        this.users = users;
        this.fields = fields;
    }

    /**
     * The current settings.
     *
     * <ul>
     *   <li>200 {@link AdminSettingsDocument}</li>
     *   <li>401 not logged in; 403 not a Jira administrator</li>
     * </ul>
     */
    @GET
    @AdminOnly
    public AdminSettingsDocument get() {
        guard.permissions().requireAdminister(guard.viewer());
        return AdminSettingsDocument.of(store.current());
    }

    /**
     * The settings of a fresh installation, for "Reset to default" on the admin page (nothing is stored).
     *
     * <ul>
     *   <li>200 {@link AdminSettingsDocument}</li>
     *   <li>401 not logged in; 403 not a Jira administrator</li>
     * </ul>
     */
    @GET
    @Path("/defaults")
    @AdminOnly
    public AdminSettingsDocument defaults() {
        guard.permissions().requireAdminister(guard.viewer());
        return AdminSettingsDocument.of(WaypointSettings.DEFAULTS);
    }

    /**
     * Replaces every setting. Everything is checked before anything is stored: one bad value stores nothing.
     *
     * <ul>
     *   <li>200 the stored {@link AdminSettingsDocument}</li>
     *   <li>400 every bad value by its path (e.g. {@code scoring.yellowFrom}, {@code access.companyGroup})</li>
     *   <li>401 not logged in; 403 not a Jira administrator</li>
     *   <li>415 not JSON</li>
     * </ul>
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public AdminSettingsDocument update(AdminSettingsDocument body) {
        guard.permissions().requireAdminister(guard.viewer());
        WaypointSettings settings = new AdminSettingsInput(guard.params(), users, fields).parse(body,
                store.current());
        store.save(settings);
        return AdminSettingsDocument.of(store.current());
    }
}
