package dev.waypoint.jira.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.cycle.CycleListQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/waypoint/1.0/admin/cycles}: the cycles as the admin page lists them, with what the caller may do to
 * each (edit, delete an empty one, close). For those who manage cycles: Jira administrators and the company group.
 * Creating, changing, deleting and closing go through {@code /cycles}.
 */
@Path("/admin/cycles")
@Produces(MediaType.APPLICATION_JSON)
public class CycleManagementResource {

    private final CycleListQuery cycles;

    @Inject
    public CycleManagementResource(CycleListQuery cycles) {
        this.cycles = cycles;
    }

    /**
     * <ul>
     *   <li>200 {@link CycleListResponse}</li>
     *   <li>401 / 403 nobody logged in / may not manage cycles</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public CycleListResponse list() {
        return CycleListResponse.of(cycles.list());
    }
}
