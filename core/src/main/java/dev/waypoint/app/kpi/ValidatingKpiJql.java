package dev.waypoint.app.kpi;

import dev.waypoint.access.Scope;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValidator;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.SearchResult;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Jira's verdict on a source's queries before the KPI is saved, checked as the user the queries would run as (the
 * would-be owner, by default the viewer), and, when Jira accepts them all, how many issues one of them matches now as
 * that user: exactly one JQL search per validation (the form asks again as the user types, debounced). Checking as
 * another user tells what that user may see, so it is allowed to whoever may set that user's queries in the KPI's
 * scope: the user themselves and Jira administrators ({@code Permissions#canChangeKpiJql}). Writes nothing.
 */
public final class ValidatingKpiJql {

    private final KpiAccess access;
    private final KpiValidator validator;
    private final IssueSearch search;

    public ValidatingKpiJql(KpiAccess access, KpiValidator validator, IssueSearch search) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.validator = Objects.requireNonNull(validator, "'validator' must not be null");
        this.search = Objects.requireNonNull(search, "'search' must not be null");
    }

    /** {@link #validate(UserKey, ProjectKey, KpiSource, String)} counting the source's first query. */
    public JqlVerdict validate(UserKey owner, ProjectKey project, KpiSource source) {
        return validate(owner, project, source, null);
    }

    /**
     * @param owner      the user the queries would run as; {@code null} for the viewer
     * @param project    the KPI's project; {@code null} for a global KPI
     * @param countField the field of the query to count ({@code source.numeratorJql} ...); {@code null}, or a field
     *                   the source does not have, for its first query
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, or may not set queries run as owner
     * @throws dev.waypoint.shared.InvalidInputException no source, or a query missing, too long or with control
     *                                                   characters
     */
    public JqlVerdict validate(UserKey owner, ProjectKey project, KpiSource source, String countField) {
        UserKey viewer = access.requireLicensed();
        UserKey runAs = owner == null ? viewer : owner;
        access.permissions().requireChangeJql(access.viewer(), Scope.of(project), runAs);
        List<JqlVerdict.Problem> problems = new ArrayList<>();
        validator.jiraVerdict(source, runAs).forEach((field, messages) -> messages
                .forEach(message -> problems.add(new JqlVerdict.Problem(field, message))));
        Map<String, String> queries = source.queries();
        if (!problems.isEmpty() || queries.isEmpty()) {
            return new JqlVerdict(problems, null);
        }
        String field = queries.containsKey(countField) ? countField : queries.keySet().iterator().next();
        JqlVerdict.Count count = switch (search.count(queries.get(field), runAs)) {
            case SearchResult.Found<Long> found -> new JqlVerdict.Count(field, found.value(), null);
            case SearchResult.Failed<Long> failed -> new JqlVerdict.Count(field, null, failed.message());
        };
        return new JqlVerdict(problems, count);
    }
}
