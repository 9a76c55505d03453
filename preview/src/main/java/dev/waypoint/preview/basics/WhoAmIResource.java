package dev.waypoint.preview.basics;

import dev.waypoint.preview.user.PreviewSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/** {@code /rest/preview/1.0/whoami}: proves the REST stack and the user switcher work together. */
@Path("whoami")
public final class WhoAmIResource {

    private final PreviewSession session;

    public WhoAmIResource(PreviewSession session) {
        this.session = Objects.requireNonNull(session, "'session' must not be null");
    }

    /** 200 with the current user; every preview request has one. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public WhoAmIResponse whoAmI() {
        return WhoAmIResponse.of(session.currentUser().orElseThrow());
    }
}
