package dev.waypoint.preview.sample;

import dev.waypoint.preview.user.SampleProject;
import dev.waypoint.shared.ProjectKey;
import java.util.List;
import java.util.Map;

/**
 * The sample's Jira projects: the service desk SUP and the product projects APP and WEB. The preview's directory
 * lists SUP and APP with their permissions; WEB shares APP's permission scheme (as Jira projects share schemes), so
 * whoever may browse or administer APP may do the same in WEB.
 */
public final class SampleProjects {

    public static final ProjectKey SUP = new ProjectKey("SUP");
    public static final ProjectKey APP = new ProjectKey("APP");
    public static final ProjectKey WEB = new ProjectKey("WEB");

    private static final List<SampleProject> ALL = List.of(
            new SampleProject("SUP", "Customer Support"),
            new SampleProject("APP", "Mobile App"),
            new SampleProject("WEB", "Web Platform"));

    private static final Map<String, String> PERMISSION_SCHEMES = Map.of("WEB", "APP");

    private SampleProjects() {
    }

    public static List<SampleProject> all() {
        return ALL;
    }

    /**
     * The project whose permissions apply to {@code projectKey}: the project itself, or the project whose permission
     * scheme it shares (WEB uses APP's).
     */
    public static String permissionSchemeOf(String projectKey) {
        return PERMISSION_SCHEMES.getOrDefault(projectKey, projectKey);
    }
}
