package dev.waypoint.preview.user;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's users and sample projects, standing in for Jira's user directory and project list. The
 * {@linkplain #standard() standard} directory has four users (admin, lead, agent, outsider) and the sample's three
 * projects (SUP, APP, WEB).
 */
public record PreviewDirectory(List<PreviewUser> users, List<SampleProject> projects, String defaultUsername) {

    public PreviewDirectory {
        users = List.copyOf(users);
        projects = List.copyOf(projects);
        Objects.requireNonNull(defaultUsername, "'defaultUsername' must not be null");
        if (users.stream().map(PreviewUser::username).distinct().count() != users.size()) {
            throw new IllegalArgumentException("usernames must be unique");
        }
        if (users.stream().noneMatch(user -> user.username().equals(defaultUsername))) {
            throw new IllegalArgumentException("the default user '" + defaultUsername + "' is not in the directory");
        }
    }

    /**
     * admin: Jira administrator, administers the sample projects; lead: team lead, project administrator of the
     * sample projects; agent: support agent, may browse them; outsider: licensed, but may not browse them. Without a
     * choice the preview shows the app as admin. The permissions name SUP and APP only: WEB has no permission scheme
     * of its own, it shares APP's (see {@code SampleProjects#permissionSchemeOf}).
     */
    public static PreviewDirectory standard() {
        List<SampleProject> projects = List.of(
                new SampleProject("SUP", "Customer Support"),
                new SampleProject("APP", "Mobile App"),
                new SampleProject("WEB", "Web Platform"));
        Set<String> sample = Set.of("SUP", "APP");
        return new PreviewDirectory(List.of(
                new PreviewUser(10000L, "admin", "Ada Admin", "admin@example.com", PreviewRole.JIRA_ADMIN,
                        new PreviewPermissions(true, sample, sample)),
                new PreviewUser(10001L, "lead", "Leo Lead", "lead@example.com", PreviewRole.TEAM_LEAD,
                        new PreviewPermissions(false, sample, sample)),
                new PreviewUser(10002L, "agent", "Aggie Agent", "agent@example.com", PreviewRole.SUPPORT_AGENT,
                        new PreviewPermissions(false, sample, Set.of())),
                new PreviewUser(10003L, "outsider", "Otto Outsider", "outsider@example.com", PreviewRole.OUTSIDER,
                        new PreviewPermissions(false, Set.of(), Set.of()))),
                projects, "admin");
    }

    public Optional<PreviewUser> find(String username) {
        return users.stream().filter(user -> user.username().equals(username)).findFirst();
    }

    public PreviewUser defaultUser() {
        return find(defaultUsername).orElseThrow();
    }
}
