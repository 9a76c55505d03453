package dev.waypoint.preview.sample;

import dev.waypoint.preview.issues.DirectoryGroups;
import dev.waypoint.preview.issues.DirectoryUser;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.PreviewUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The people of the sample: the preview's four users and the service desk's eight agents, who are the preview user
 * {@value #PREVIEW_AGENT} and seven directory-only users (Jira users that own tickets but are not offered in the user
 * switcher; they have the preview agent's permissions). Groups: {@value #AGENTS_GROUP} (the eight agents) and
 * {@value #ADMINS_GROUP}. Project roles: {@value #SERVICE_DESK_ROLE} of SUP (the agents) and {@value #DEVELOPERS_ROLE}
 * of APP and WEB.
 */
public final class SamplePeople {

    public static final String ADMIN = "admin";
    public static final String LEAD = "lead";
    public static final String PREVIEW_AGENT = "agent";
    public static final String AGENTS_GROUP = "support-agents";
    public static final String ADMINS_GROUP = "jira-administrators";
    public static final String SERVICE_DESK_ROLE = "Service Desk Team";
    public static final String DEVELOPERS_ROLE = "Developers";

    /** The agent who joined the team during the ticket history (a new hire). */
    public static final String NEW_HIRE = "hana";

    /** The agent who is given more tickets than the others (her row of the per-agent KPIs is red). */
    public static final String BUSIEST_AGENT = "dana";

    private static final List<DirectoryUser> DIRECTORY_ONLY = List.of(
            new DirectoryUser("bea", "Bea Brandt"),
            new DirectoryUser("carlos", "Carlos Cruz"),
            new DirectoryUser(BUSIEST_AGENT, "Dana Dubois"),
            new DirectoryUser("emil", "Emil Eriksen"),
            new DirectoryUser("fatima", "Fatima Farah"),
            new DirectoryUser("gus", "Gus Gallagher"),
            new DirectoryUser(NEW_HIRE, "Hana Hoshino"));

    private final PreviewDirectory directory;

    public SamplePeople(PreviewDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
        for (String required : List.of(ADMIN, LEAD, PREVIEW_AGENT)) {
            if (directory.find(required).isEmpty()) {
                throw new IllegalArgumentException("the preview directory has no user '" + required + "'");
            }
        }
    }

    /** The eight agents' usernames, ordered. */
    public List<String> agents() {
        List<String> agents = new ArrayList<>(List.of(PREVIEW_AGENT));
        DIRECTORY_ONLY.forEach(user -> agents.add(user.username()));
        return agents.stream().sorted().toList();
    }

    /** Every user of the preview's Jira: the preview users, then the directory-only agents. */
    public List<DirectoryUser> users() {
        List<DirectoryUser> users = new ArrayList<>();
        directory.users().forEach(user -> users.add(new DirectoryUser(user.username(), user.displayName())));
        users.addAll(DIRECTORY_ONLY);
        return List.copyOf(users);
    }

    /** The directory-only users, by username, with the preview user whose permissions they have. */
    public Map<String, String> permissionsLike() {
        return DIRECTORY_ONLY.stream().collect(Collectors.toUnmodifiableMap(DirectoryUser::username,
                user -> PREVIEW_AGENT));
    }

    public DirectoryGroups groups() {
        List<String> admins = directory.users().stream().filter(user -> user.permissions().jiraAdmin())
                .map(PreviewUser::username).toList();
        return new DirectoryGroups(
                Map.of(AGENTS_GROUP, agents(), ADMINS_GROUP, admins),
                Map.of(
                        SampleProjects.SUP.value(), Map.of(SERVICE_DESK_ROLE, agents()),
                        SampleProjects.APP.value(), Map.of(DEVELOPERS_ROLE, List.of(LEAD)),
                        SampleProjects.WEB.value(), Map.of(DEVELOPERS_ROLE, List.of(LEAD))));
    }
}
