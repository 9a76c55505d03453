package dev.waypoint.jira.search;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.waypoint.jira.platform.ComponentImports;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.refresh.RefreshSettings;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * {@link IssueSearch} on Jira's {@link SearchService}, always as the given user (DESIGN §5: KPI values are computed as
 * the KPI owner) and never through the {@code *OverrideSecurity} variants. This class runs the query it is given
 * unchanged: it composes no JQL (composition is core's {@code dev.waypoint.kpi.search.Jql}; {@code JqlCompositionTest}
 * holds this package to that).
 *
 * <p>Every call first resolves the user by key ({@link UserManager#getUserByKey}; unknown or inactive: a message, no
 * search), then {@link SearchService#parseQuery} and {@link SearchService#validateQuery}; their error messages are
 * Jira's, unchanged. Counts and samples validate too, so a query that has become invalid for its owner (a project they
 * may no longer browse, a deleted field) fails with Jira's reason instead of silently counting 0.
 * <ul>
 *   <li>{@link #validate}: the messages; never throws for bad JQL (even an exception from the parser becomes a
 *       message).</li>
 *   <li>{@link #count}: {@link SearchService#searchCount}; a {@link SearchException} becomes a failed result with its
 *       message.</li>
 *   <li>{@link #sample}: {@link SearchService#search} page by page ({@value #PAGE_SIZE} issues a page, the last one
 *       only as large as still needed), at most {@code limit} (1 to {@value RefreshSettings#MAX_SAMPLE}) issues; it
 *       stops at the limit, at a short page, or when the total is reached. Issues are read into {@link IssueFacts} by
 *       {@link IssueFactsReader}.</li>
 * </ul>
 * Other runtime exceptions out of Jira during a count or a sample are not turned into results: they are faults, and
 * core's refresher records them as an INTERNAL error of the one KPI or key result.
 *
 * <p><b>ASSUMED from the published API, not observed in a running Jira</b> (no Jira runs here; the tests mock
 * {@code SearchService}):
 * <ol>
 *   <li>{@code searchCount(user, query)} and {@code search(user, query, pager)} apply {@code user}'s permissions
 *       (Browse Projects, issue security levels), as their {@code *OverrideSecurity} counterparts' names imply, and
 *       resolve {@code currentUser()} to {@code user}, also on a scheduler thread where nobody is logged in. JQL
 *       functions of other apps that read the authentication context instead may see no user there.</li>
 *   <li>{@code searchCount} counts every match, unaffected by the OpenSearch result window (10,000 by default) that
 *       limits paging in Jira 11.</li>
 *   <li>{@code new PagerFilter<>(start, max)} selects the results {@code start .. start + max - 1} (0-based) in the
 *       query's ORDER BY order; {@code SearchResults#getResults()} holds at most {@code max} issues and
 *       {@code getTotal()} the number of all matches.</li>
 *   <li>{@code parseQuery} never runs a search; an invalid query gives {@code isValid() == false} with the parser's
 *       messages in {@code getErrors().getErrorMessages()}; {@code validateQuery} reports unknown fields, functions and
 *       values (including projects the user may not browse) as error messages. The messages are in the locale Jira
 *       picks (the logged-in user's, or the default language on a scheduler thread).</li>
 *   <li>{@code SearchException#getMessage()} is a readable reason (it is stored as the KPI's error).</li>
 *   <li>{@code Status#getStatusCategory().getKey()} is one of {@code "new"}, {@code "indeterminate"},
 *       {@code "done"}, {@code "undefined"} (the constants of the API's {@code StatusCategory}).</li>
 *   <li>{@code UserManager#getUserByKey} returns {@code null} for an unknown key and a user with
 *       {@code isActive() == false} for a deactivated one.</li>
 * </ol>
 */
@Component
public class JiraIssueSearch implements IssueSearch {

    /** Issues read per {@code search} call of a sample. */
    static final int PAGE_SIZE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueSearch.class);

    private final SearchService searchService;
    private final UserManager userManager;
    private final IssueFactsReader factsReader;

    @Inject
    public JiraIssueSearch(SearchService searchService,
            @Qualifier(ComponentImports.JIRA_USER_MANAGER) UserManager userManager, IssueFactsReader factsReader) {
        this.searchService = Objects.requireNonNull(searchService, "'searchService' must not be null");
        this.userManager = Objects.requireNonNull(userManager, "'userManager' must not be null");
        this.factsReader = Objects.requireNonNull(factsReader, "'factsReader' must not be null");
    }

    @Override
    public List<String> validate(String jql, UserKey asUser) {
        Objects.requireNonNull(jql, "'jql' must not be null");
        ApplicationUser user = activeUser(asUser);
        if (user == null) {
            return List.of(inactive(asUser));
        }
        return check(jql, user).errors();
    }

    @Override
    public SearchResult<Long> count(String jql, UserKey asUser) {
        Objects.requireNonNull(jql, "'jql' must not be null");
        ApplicationUser user = activeUser(asUser);
        if (user == null) {
            return SearchResult.failed(inactive(asUser));
        }
        Checked checked = check(jql, user);
        if (checked.query() == null) {
            return SearchResult.failed(String.join("; ", checked.errors()));
        }
        try {
            return SearchResult.found(searchService.searchCount(user, checked.query()));
        } catch (SearchException e) {
            return SearchResult.failed(message(e));
        }
    }

    @Override
    public SearchResult<List<IssueFacts>> sample(String jql, UserKey asUser, int limit, Set<String> dateFields) {
        Objects.requireNonNull(jql, "'jql' must not be null");
        Objects.requireNonNull(dateFields, "'dateFields' must not be null");
        if (limit < 1 || limit > RefreshSettings.MAX_SAMPLE) {
            throw new IllegalArgumentException("'limit' must be 1-" + RefreshSettings.MAX_SAMPLE + ", was " + limit);
        }
        ApplicationUser user = activeUser(asUser);
        if (user == null) {
            return SearchResult.failed(inactive(asUser));
        }
        Checked checked = check(jql, user);
        if (checked.query() == null) {
            return SearchResult.failed(String.join("; ", checked.errors()));
        }
        IssueFactsReader.Mapper mapper = factsReader.forSample(dateFields);
        try {
            return SearchResult.found(readPages(user, checked.query(), limit, mapper));
        } catch (SearchException e) {
            return SearchResult.failed(message(e));
        }
    }

    private List<IssueFacts> readPages(ApplicationUser user, Query query, int limit, IssueFactsReader.Mapper mapper)
            throws SearchException {
        List<IssueFacts> facts = new ArrayList<>();
        int start = 0;
        while (facts.size() < limit) {
            int pageSize = Math.min(PAGE_SIZE, limit - facts.size());
            SearchResults<Issue> page = searchService.search(user, query, new PagerFilter<Issue>(start, pageSize));
            List<Issue> issues = page == null || page.getResults() == null ? List.of() : page.getResults();
            for (Issue issue : issues.subList(0, Math.min(issues.size(), limit - facts.size()))) {
                facts.add(mapper.map(issue));
            }
            start += issues.size();
            if (issues.size() < pageSize || start >= page.getTotal()) {
                break;
            }
        }
        return facts;
    }

    /** The query parsed and validated as {@code user}, or Jira's reasons why not. */
    private Checked check(String jql, ApplicationUser user) {
        try {
            SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
            if (parsed == null || !parsed.isValid() || parsed.getQuery() == null) {
                List<String> errors = parsed == null ? List.of() : errors(parsed.getErrors());
                return Checked.refused(errors.isEmpty() ? List.of("Jira could not parse the query") : errors);
            }
            List<String> errors = errors(searchService.validateQuery(user, parsed.getQuery()));
            return errors.isEmpty() ? new Checked(parsed.getQuery(), List.of()) : Checked.refused(errors);
        } catch (RuntimeException e) {
            LOG.warn("Jira failed to parse or validate a query as user {}", user.getKey(), e);
            return Checked.refused(List.of("Jira could not check the query: " + describe(e)));
        }
    }

    private static List<String> errors(MessageSet messages) {
        if (messages == null) {
            return List.of();
        }
        Collection<String> errors = messages.getErrorMessages();
        return errors == null ? List.of() : errors.stream().filter(Objects::nonNull).toList();
    }

    private ApplicationUser activeUser(UserKey key) {
        Objects.requireNonNull(key, "'asUser' must not be null");
        ApplicationUser user = userManager.getUserByKey(key.value());
        return user != null && user.isActive() ? user : null;
    }

    private static String inactive(UserKey key) {
        return "The user " + key.value() + " does not exist or is inactive; queries run as this user";
    }

    private static String message(SearchException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "The search failed (" + e.getClass().getSimpleName() + ")"
                : message;
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A parsed and valid query, or (query {@code null}) the reasons it was refused. */
    private record Checked(Query query, List<String> errors) {

        static Checked refused(List<String> errors) {
            return new Checked(null, List.copyOf(errors));
        }
    }
}
