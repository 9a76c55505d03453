package dev.waypoint.jira.rest.me;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** {@code /rest/waypoint/1.0/me}: who the caller is for Waypoint. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final CurrentUser currentUser;
    private final Permissions permissions;

    @Inject
    public MeResource(CurrentUser currentUser, Permissions permissions) {
        this.currentUser = currentUser;
        this.permissions = permissions;
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
        Optional<UserKey> viewer = currentUser.key();
        UserKey user = permissions.requireLicensed(viewer);
        return MeResponse.of(user, permissions.capabilities(viewer));
    }
}
