package dev.waypoint.jira.rest.initiative;

import java.util.List;

/**
 * The issues linked to a key result, filtered by the caller's own permissions (DESIGN §5).
 *
 * @param canLink     whether the caller may link and unlink issues on this key result
 * @param initiatives the links whose issue the caller may see, in the order they were linked; links to issues the
 *                    caller may not see are left out without a trace (DESIGN §5: no counts of hidden items)
 */
public record InitiativeListResponse(long keyResultId, boolean canLink, List<InitiativeResponse> initiatives) {
}
