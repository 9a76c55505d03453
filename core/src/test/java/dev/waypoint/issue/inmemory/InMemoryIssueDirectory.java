package dev.waypoint.issue.inmemory;

import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * {@link IssueDirectory} kept in memory: issues added with {@link #add}, visible to a viewer when
 * {@code canBrowse(viewer, project)} holds (tests pass {@code AccessFacts::canBrowseProject}). Keys are matched
 * ignoring case, like Jira's key lookup. Thread-safe; shared with jira-plugin's tests through core's test-jar.
 */
public final class InMemoryIssueDirectory implements IssueDirectory {

    private final Map<IssueId, IssueRef> issues = new ConcurrentHashMap<>();
    private final BiPredicate<UserKey, ProjectKey> canBrowse;

    public InMemoryIssueDirectory(BiPredicate<UserKey, ProjectKey> canBrowse) {
        this.canBrowse = Objects.requireNonNull(canBrowse, "'canBrowse' must not be null");
    }

    /** Adds an issue without epic in status To Do; its project is the key's prefix ({@code TEAM-1}: TEAM). */
    public IssueRef add(long id, String key, String summary) {
        return add(new IssueRef(new IssueId(id), key, summary, StatusCategory.TO_DO, null, null, projectOf(key)));
    }

    /** Adds an issue in status To Do belonging to {@code epic}. */
    public IssueRef add(long id, String key, String summary, IssueRef epic) {
        return add(new IssueRef(new IssueId(id), key, summary, StatusCategory.TO_DO, epic.id(), epic.key(),
                projectOf(key)));
    }

    public IssueRef add(IssueRef issue) {
        issues.put(issue.id(), issue);
        return issue;
    }

    public void clear() {
        issues.clear();
    }

    @Override
    public Optional<IssueRef> findVisible(UserKey viewer, String issueKey) {
        Objects.requireNonNull(viewer, "'viewer' must not be null");
        Objects.requireNonNull(issueKey, "'issueKey' must not be null");
        String wanted = issueKey.toUpperCase(Locale.ROOT);
        return issues.values().stream()
                .filter(issue -> issue.key().toUpperCase(Locale.ROOT).equals(wanted))
                .filter(issue -> canBrowse.test(viewer, issue.project()))
                .findFirst();
    }

    @Override
    public Map<IssueId, IssueRef> findVisible(UserKey viewer, Collection<IssueId> ids) {
        Objects.requireNonNull(viewer, "'viewer' must not be null");
        Map<IssueId, IssueRef> found = new LinkedHashMap<>();
        for (IssueId id : ids) {
            IssueRef issue = issues.get(id);
            if (issue != null && canBrowse.test(viewer, issue.project())) {
                found.put(id, issue);
            }
        }
        return found;
    }

    private static ProjectKey projectOf(String key) {
        int dash = key.lastIndexOf('-');
        return new ProjectKey(dash < 0 ? key : key.substring(0, dash));
    }
}
