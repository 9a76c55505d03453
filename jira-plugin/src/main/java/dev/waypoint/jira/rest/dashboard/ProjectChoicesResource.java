package dev.waypoint.jira.rest.dashboard;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.dashboard.ProjectChoicesQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;

/**
 * {@code /rest/waypoint/1.0/projects}: the projects the caller may browse, for the project pickers of the dashboard
 * items' settings (users pick a project by name; nobody types a key).
 */
@Path("/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectChoicesResource {

    private final ProjectChoicesQuery projects;

    @Inject
    public ProjectChoicesResource(ProjectChoicesQuery projects) {
        this.projects = Objects.requireNonNull(projects, "'projects' must not be null");
    }

    /**
     * <ul>
     *   <li>200 {@link ProjectChoicesResponse}, by name</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public ProjectChoicesResponse list() {
        return ProjectChoicesResponse.of(projects.list());
    }
}
