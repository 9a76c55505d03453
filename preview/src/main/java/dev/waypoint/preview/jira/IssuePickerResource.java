package dev.waypoint.preview.jira;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.issue.IssueId;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.preview.issues.SampleIssue;
import dev.waypoint.preview.issues.TicketStore;
import dev.waypoint.preview.user.PreviewSession;
import dev.waypoint.shared.UserKey;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Jira's issue picker endpoint, {@code GET /rest/api/2/issue/picker?query=&currentJQL=&currentIssueKey=}, over the
 * sample's issues, as the Jira Data Center platform REST API reference documents it (docs.atlassian.com/software/jira/
 * docs/api/REST/latest/, {@code api/2/issue} "Get issue picker resource"): the issues the caller may browse whose key
 * starts with the query or whose summary contains every word of it, ignoring case, within {@code currentJQL} when
 * given (run as the caller), without {@code currentIssueKey}; most recent first, keys that match first, at most
 * {@value #SHOWN} in the "Current Search" section ({@code cs}). The preview keeps no viewing history, so there is no
 * "History Search" section; {@code currentProjectId}, {@code showSubTasks} and {@code showSubTaskParent} change
 * nothing (the sample has no sub-tasks).
 */
@Path("issue/picker")
public final class IssuePickerResource {

    static final int SHOWN = 20;

    private final PreviewSession session;
    private final AccessFacts facts;
    private final TicketStore store;
    private final IssueSearch search;
    private final Clock clock;

    public IssuePickerResource(PreviewSession session, AccessFacts facts, TicketStore store, IssueSearch search,
            Clock clock) {
        this.session = Objects.requireNonNull(session, "'session' must not be null");
        this.facts = Objects.requireNonNull(facts, "'facts' must not be null");
        this.store = Objects.requireNonNull(store, "'store' must not be null");
        this.search = Objects.requireNonNull(search, "'search' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** 200 {@link IssuePickerResult}; 400 a {@code currentJQL} Jira refuses (Jira's words); 401 nobody logged in. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response suggest(@QueryParam("query") String query, @QueryParam("currentJQL") String currentJql,
            @QueryParam("currentIssueKey") String currentIssueKey, @QueryParam("currentProjectId") String projectId,
            @QueryParam("showSubTasks") String showSubTasks, @QueryParam("showSubTaskParent") String showParent) {
        Optional<UserKey> viewer = session.currentUser().map(user -> new UserKey(user.username()))
                .filter(facts::isLicensed);
        if (viewer.isEmpty()) {
            return JiraErrors.of(401, "You are not authenticated. Authentication required to perform this operation.");
        }
        Predicate<SampleIssue> inJql = issue -> true;
        if (currentJql != null && !currentJql.isBlank()) {
            List<String> errors = search.validate(currentJql, viewer.get());
            if (!errors.isEmpty()) {
                return JiraErrors.of(400, errors.toArray(String[]::new));
            }
            SearchResult<List<IssueFacts>> found = search.sample(currentJql, viewer.get(), 1_000, Set.of());
            if (found instanceof SearchResult.Failed<List<IssueFacts>> failed) {
                return JiraErrors.of(400, failed.message());
            }
            Set<IssueId> ids = ((SearchResult.Found<List<IssueFacts>>) found).value().stream().map(IssueFacts::id)
                    .collect(Collectors.toSet());
            inJql = issue -> ids.contains(issue.id());
        }
        String wanted = query == null ? "" : query.strip();
        String lower = wanted.toLowerCase(Locale.ROOT);
        Instant at = clock.instant().isAfter(store.horizon()) ? store.horizon() : clock.instant();
        Predicate<SampleIssue> jql = inJql;
        List<SampleIssue> matching = store.all().stream()
                .filter(issue -> issue.existsAt(at) && facts.canBrowseProject(viewer.get(), issue.project()))
                .filter(issue -> !issue.key().equalsIgnoreCase(currentIssueKey == null ? "" : currentIssueKey))
                .filter(issue -> matches(issue, lower))
                .filter(jql)
                .sorted(Comparator.comparing((SampleIssue issue) -> !issue.key().equalsIgnoreCase(wanted))
                        .thenComparing(issue -> !issue.key().toLowerCase(Locale.ROOT).startsWith(lower))
                        .thenComparing(issue -> -issue.id().value()))
                .toList();
        List<IssuePickerResult.Issue> shown = matching.stream().limit(SHOWN).map(issue -> new IssuePickerResult.Issue(
                issue.key(), Highlight.of(issue.key(), wanted, "b"), icon(issue),
                Highlight.of(issue.summary(), wanted, "b"), issue.summary())).toList();
        IssuePickerResult.Section current = new IssuePickerResult.Section("Current Search",
                "Showing " + shown.size() + " of " + matching.size() + " matching issues", "cs",
                shown.isEmpty() ? "No matching issues found" : null, shown);
        return Response.ok(new IssuePickerResult(List.of(current))).build();
    }

    private static boolean matches(SampleIssue issue, String lower) {
        if (lower.isEmpty()) {
            return true;
        }
        if (issue.key().toLowerCase(Locale.ROOT).startsWith(lower)) {
            return true;
        }
        String summary = issue.summary().toLowerCase(Locale.ROOT);
        for (String word : lower.split("\\s+")) {
            if (!summary.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String icon(SampleIssue issue) {
        return "/images/icons/issuetypes/" + issue.kind().jiraName().toLowerCase(Locale.ROOT).replace(' ', '_')
                + ".svg";
    }
}
