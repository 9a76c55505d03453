package dev.waypoint.jira.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.waypoint.app.admin.AdminSettingsQuery;
import dev.waypoint.app.admin.ChangingAdminSettings;
import dev.waypoint.jira.rest.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/**
 * {@code /rest/waypoint/1.0/admin/settings}: Waypoint's admin page (DESIGN §4): pace thresholds and grade bands, the
 * company OKR/KPI group and the company viewer groups, refresh intervals, the epic-children JQL template, the
 * story-point field, the insights' thresholds and the retention of KPI values. Jira administrators only, both ways
 * (core's {@link AdminSettingsQuery} and {@link ChangingAdminSettings}, which hold every rule).
 */
@Path("/admin/settings")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSettingsResource {

    private final AdminSettingsQuery query;
    private final ChangingAdminSettings changing;
    private final Clock clock;

    @Inject
    public AdminSettingsResource(AdminSettingsQuery query, ChangingAdminSettings changing, Clock clock) {
        this.query = query;
        this.changing = changing;
        this.clock = clock;
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
        return AdminSettingsDocument.of(query.current());
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
        return AdminSettingsDocument.of(query.defaults());
    }

    /**
     * Replaces every setting. Everything is checked before anything is stored: one bad value stores nothing.
     *
     * <ul>
     *   <li>200 the stored {@link AdminSettingsDocument}</li>
     *   <li>400 no body; every bad value by its path (e.g. {@code scoring.yellowFrom}, {@code access.companyGroup})</li>
     *   <li>401 not logged in; 403 not a Jira administrator</li>
     *   <li>415 not JSON</li>
     * </ul>
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @AdminOnly
    public AdminSettingsDocument update(AdminSettingsDocument body) {
        Params in = new Params(clock);
        in.body(body);
        in.throwIfAny();
        return AdminSettingsDocument.of(changing.change(body.command()));
    }
}
