package dev.waypoint.jira.rest.initiative;

/**
 * The body of {@code POST /key-results/{id}/initiatives}.
 *
 * @param issueKey required: the key of an issue the caller may see, e.g. {@code TEAM-12}
 */
public record LinkRequest(String issueKey) {
}
