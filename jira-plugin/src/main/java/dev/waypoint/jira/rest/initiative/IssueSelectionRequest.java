package dev.waypoint.jira.rest.initiative;

import java.util.List;

/**
 * The body of {@code POST /key-results/{id}/issue-selection} and {@code .../issue-selection/preview}: exactly one way
 * to choose the issues.
 *
 * @param issueKeys issues chosen by search, by key (at most 200)
 * @param jql       every issue of this JQL query the caller may see (validated by Jira as the caller; at most 200 are
 *                  linked)
 * @param epicKey   an epic and its children
 */
public record IssueSelectionRequest(List<String> issueKeys, String jql, String epicKey) {
}
