package dev.waypoint.jira.rest.me;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.MeQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /rest/waypoint/1.0/me}: who the caller is for Waypoint. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final MeQuery query;

    @Inject
    public MeResource(MeQuery query) {
        this.query = query;
    }

    /**
     * The caller's user key and capabilities.
     *
     * <ul>
     *   <li>200 {@link MeResponse}</li>
     *   <li>401 nobody is logged in</li>
     *   <li>403 the user has no licence</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public MeResponse me() {
        MeQuery.Me me = query.me();
        return MeResponse.of(me.user(), me.capabilities());
    }
}
