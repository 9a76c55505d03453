package dev.waypoint.jira.rest.project;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.progress.ProjectPageQuery;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.shared.ProjectKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/**
 * {@code /rest/waypoint/1.0/projects/{projectKey}/okrs}: the project page's read model in one request (DESIGN §4,
 * §6), read by core's {@link ProjectPageQuery} (a fixed number of queries whatever the number of objectives, key
 * results, check-ins and links; only what the caller may see) and mapped ({@link ProjectPageModel}). A project the
 * caller may not browse answers 404.
 */
@Path("/projects/{projectKey}/okrs")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectPageResource {

    private final ProjectPageQuery query;
    private final Clock clock;

    @Inject
    public ProjectPageResource(ProjectPageQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    /**
     * <ul>
     *   <li>200 {@link ProjectPageResponse}</li>
     *   <li>400 {@code projectKey} is not a project key; {@code cycleId} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 the caller may not browse the project (or it does not exist); no such cycle</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public ProjectPageResponse page(@PathParam("projectKey") String projectKey,
            @QueryParam("cycleId") String cycleId) {
        Params in = new Params(clock);
        ProjectKey project = in.projectKey("projectKey", projectKey);
        Long wanted = in.optionalId("cycleId", cycleId);
        in.throwIfAny();
        return ProjectPageModel.response(query.page(project, wanted == null ? null : new CycleId(wanted)));
    }
}
