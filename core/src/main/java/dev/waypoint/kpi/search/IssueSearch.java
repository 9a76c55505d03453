package dev.waypoint.kpi.search;

import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Set;

/**
 * JQL searches, as a given user (DESIGN §5: KPI values are computed as the KPI owner). The jira-plugin implements it
 * with {@code SearchService} (parse, validate, {@code searchCount}, paged {@code search}) and never runs a query for
 * any other user than {@code asUser}. Every call is one JQL search; the refresh job's cost is counted in calls.
 *
 * <p>Queries passed here are either a user's own JQL, checked by {@link #validate} when the KPI was saved, or composed
 * from it by {@link Jql}, which never concatenates raw user text.
 */
public interface IssueSearch {

    /**
     * Parses and validates {@code jql} as {@code asUser}. Returns Jira's error messages (parse errors and validation
     * errors such as an unknown field or a project the user may not browse), in Jira's words; empty when valid.
     */
    List<String> validate(String jql, UserKey asUser);

    /** The number of issues {@code jql} finds for {@code asUser}, or Jira's reason for failing. */
    SearchResult<Long> count(String jql, UserKey asUser);

    /**
     * The first {@code limit} issues {@code jql} finds for {@code asUser}, in the query's own order (callers add an
     * ORDER BY, e.g. most recent first), read page by page and never more than {@code limit}.
     *
     * @param limit      1 to 1,000; the hard cap of the sample
     * @param dateFields the date fields to read into {@link IssueFacts#dates()} (e.g. {@code created},
     *                   {@code resolutiondate}, a custom field's name); empty for none
     */
    SearchResult<List<IssueFacts>> sample(String jql, UserKey asUser, int limit, Set<String> dateFields);
}
