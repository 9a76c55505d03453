package dev.waypoint.access;

import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link AccessFacts} kept in memory, set up fluently: {@code facts.licensed("alice").browse("alice", "TEAM")}.
 * A user is unknown (no fact holds) until one of the setters names them. Thread-safe, so that a REST harness may read
 * it from request threads. Shared with jira-plugin's tests through core's test-jar.
 */
public final class InMemoryAccessFacts implements AccessFacts {

    private final Set<UserKey> licensed = ConcurrentHashMap.newKeySet();
    private final Set<UserKey> jiraAdmins = ConcurrentHashMap.newKeySet();
    private final Map<UserKey, Set<String>> groups = new ConcurrentHashMap<>();
    private final Map<UserKey, Set<ProjectKey>> browsable = new ConcurrentHashMap<>();
    private final Map<UserKey, Set<ProjectKey>> administered = new ConcurrentHashMap<>();
    private volatile AccessSettings settings = AccessSettings.DEFAULTS;

    /** A licensed user with no other permission. */
    public InMemoryAccessFacts licensed(String user) {
        licensed.add(new UserKey(user));
        return this;
    }

    /** Takes the licence away (the user stays known, e.g. still a Jira admin). */
    public InMemoryAccessFacts unlicensed(String user) {
        licensed.remove(new UserKey(user));
        return this;
    }

    public InMemoryAccessFacts jiraAdmin(String user) {
        jiraAdmins.add(new UserKey(user));
        return this;
    }

    public InMemoryAccessFacts inGroup(String user, String group) {
        groups.computeIfAbsent(new UserKey(user), u -> ConcurrentHashMap.newKeySet()).add(group);
        return this;
    }

    /** Browse Projects on each of {@code projects}. */
    public InMemoryAccessFacts browse(String user, String... projects) {
        Set<ProjectKey> keys = browsable.computeIfAbsent(new UserKey(user), u -> ConcurrentHashMap.newKeySet());
        for (String project : projects) {
            keys.add(new ProjectKey(project));
        }
        return this;
    }

    /** Administer Projects on each of {@code projects} (and nothing else: add {@link #browse} to let them see it). */
    public InMemoryAccessFacts projectAdmin(String user, String... projects) {
        Set<ProjectKey> keys = administered.computeIfAbsent(new UserKey(user), u -> ConcurrentHashMap.newKeySet());
        for (String project : projects) {
            keys.add(new ProjectKey(project));
        }
        return this;
    }

    public InMemoryAccessFacts settings(AccessSettings newSettings) {
        this.settings = Objects.requireNonNull(newSettings, "'newSettings' must not be null");
        return this;
    }

    public InMemoryAccessFacts companyGroup(String group) {
        return settings(settings.withCompanyGroup(group));
    }

    public InMemoryAccessFacts companyViewerGroups(String... viewerGroups) {
        return settings(settings.withCompanyViewerGroups(new HashSet<>(Set.of(viewerGroups))));
    }

    /** Forgets every user and resets the settings. */
    public InMemoryAccessFacts clear() {
        licensed.clear();
        jiraAdmins.clear();
        groups.clear();
        browsable.clear();
        administered.clear();
        settings = AccessSettings.DEFAULTS;
        return this;
    }

    @Override
    public boolean isLicensed(UserKey user) {
        return licensed.contains(user);
    }

    @Override
    public boolean isJiraAdmin(UserKey user) {
        return jiraAdmins.contains(user);
    }

    @Override
    public boolean isInGroup(UserKey user, String group) {
        return groups.getOrDefault(user, Set.of()).contains(group);
    }

    @Override
    public boolean canBrowseProject(UserKey user, ProjectKey project) {
        return browsable.getOrDefault(user, Set.of()).contains(project);
    }

    @Override
    public boolean isProjectAdmin(UserKey user, ProjectKey project) {
        return administered.getOrDefault(user, Set.of()).contains(project);
    }

    @Override
    public AccessSettings settings() {
        return settings;
    }
}
