package dev.waypoint.preview.issues;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@link IssueSearch} over the {@link TicketStore}, standing in for Jira's {@code SearchService}. It understands only
 * the JQL the sample KPIs and key results use ({@link SampleJqlParser}); any other query fails with a message that
 * says which JQL the preview supports. As in Jira, a search runs as a user: it sees only issues of projects that user
 * may browse, and it validates first, so a query naming an unknown or invisible project fails instead of counting 0.
 *
 * <p>Issues are read as of the clock's instant, but never after the store's horizon: during generation the moving
 * clock replays the sample's history day by day; in the live preview the sample world stays as it was at start-up.
 */
public final class SampleIssueSearch implements IssueSearch {

    /** Parsed queries are kept for reuse: the refresh job repeats the same few queries every day. */
    private static final int MAX_CACHED = 512;

    private final TicketStore store;
    private final AccessFacts access;
    private final UserDirectory users;
    private final SearchMessages messages;
    private final SampleQueryCheck check;
    private final Clock clock;
    private final List<ProjectKey> projects;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    private final MatchCache matches;

    public SampleIssueSearch(TicketStore store, AccessFacts access, UserDirectory users, SearchMessages messages,
            Clock clock) {
        this.store = Objects.requireNonNull(store, "'store' must not be null");
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.users = Objects.requireNonNull(users, "'users' must not be null");
        this.messages = Objects.requireNonNull(messages, "'messages' must not be null");
        this.check = new SampleQueryCheck(store, users, messages);
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.projects = store.all().stream().map(SampleIssue::project).distinct().toList();
        this.matches = new MatchCache(store);
    }

    @Override
    public List<String> validate(String jql, UserKey asUser) {
        Objects.requireNonNull(jql, "'jql' must not be null");
        Objects.requireNonNull(asUser, "'asUser' must not be null");
        if (!users.isActive(asUser)) {
            return List.of(messages.unknownUser(asUser.value()));
        }
        Parsed query = parse(jql);
        if (query.error() != null) {
            return List.of(query.error());
        }
        return check.problems(query.query().condition(), visibleProjects(asUser));
    }

    @Override
    public SearchResult<Long> count(String jql, UserKey asUser) {
        return run(jql, asUser, (matches, at) -> (long) matches.size());
    }

    @Override
    public SearchResult<List<IssueFacts>> sample(String jql, UserKey asUser, int limit, Set<String> dateFields) {
        if (limit < 1 || limit > RefreshSettings.MAX_SAMPLE) {
            throw new IllegalArgumentException("'limit' must be 1-" + RefreshSettings.MAX_SAMPLE + ", was " + limit);
        }
        Set<String> fields = Set.copyOf(dateFields);
        return run(jql, asUser, (matches, at) -> matches.stream().limit(limit)
                .map(issue -> facts(issue, at, fields)).toList());
    }

    /** The instant searches read the store at: the clock's, but never after the horizon. */
    public Instant asOf() {
        Instant now = clock.instant();
        return now.isAfter(store.horizon()) ? store.horizon() : now;
    }

    private <T> SearchResult<T> run(String jql, UserKey asUser, Answer<T> answer) {
        List<String> problems = validate(jql, asUser);
        if (!problems.isEmpty()) {
            return SearchResult.failed(String.join("; ", problems));
        }
        SampleQuery query = parse(jql).query();
        Instant at = asOf();
        List<SampleIssue> found = matches.matching(query.condition(), at, visibleProjects(asUser));
        List<SampleIssue> ordered = query.orderField() == null ? found.reversed()
                : found.stream().sorted(query.order(at)).toList();
        return SearchResult.found(answer.of(ordered, at));
    }

    private Parsed parse(String jql) {
        Parsed cached = parsed.get(jql);
        if (cached != null) {
            return cached;
        }
        Parsed fresh;
        try {
            fresh = new Parsed(SampleJqlParser.parse(jql), null);
        } catch (UnsupportedJqlException e) {
            fresh = new Parsed(null, messages.unsupported(e.fragment()));
        }
        if (parsed.size() >= MAX_CACHED) {
            parsed.clear();
        }
        parsed.put(jql, fresh);
        return fresh;
    }

    private Set<String> visibleProjects(UserKey user) {
        if (!access.isLicensed(user)) {
            return Set.of();
        }
        return projects.stream().filter(project -> access.canBrowseProject(user, project))
                .map(ProjectKey::value).collect(Collectors.toUnmodifiableSet());
    }

    private static IssueFacts facts(SampleIssue issue, Instant at, Set<String> dateFields) {
        Map<String, Instant> dates = new HashMap<>();
        for (String name : dateFields) {
            DateField.byName(name).flatMap(field -> field.of(issue, at)).ifPresent(date -> dates.put(name, date));
        }
        Agent assignee = issue.assigneeAt(at).map(name -> new Agent(new UserKey(name), name)).orElse(null);
        return new IssueFacts(issue.id(), issue.key(), assignee, issue.statusAt(at), dates,
                issue.work().storyPoints(), issue.secondsSpentAt(at), issue.secondsRemainingAt(at), issue.isEpic());
    }

    /** A parsed query, or the message why it is not supported. */
    private record Parsed(SampleQuery query, String error) {
    }

    @FunctionalInterface
    private interface Answer<T> {
        T of(List<SampleIssue> matches, Instant at);
    }
}
