package dev.waypoint.preview.support;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** REST resource of the test module ({@code /rest/test/1.0/...}): one that fails, one that echoes JSON. */
@Path("things")
public class TestResource {

    /** The JSON body of {@link #echo}. */
    public record Thing(String name) {
    }

    @GET
    @Path("fail")
    @Produces(MediaType.APPLICATION_JSON)
    public Thing fail() {
        throw new IllegalStateException("deliberate failure with secret-detail");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Thing echo(Thing thing) {
        return thing;
    }
}
