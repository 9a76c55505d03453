package dev.waypoint.jira.rest.initiative;

import java.util.List;

/**
 * The issues linked to a key result, filtered by the caller's own permissions (DESIGN §5).
 *
 * @param canLink     whether the caller may link and unlink issues on this key result
 * @param initiatives the links whose issue the caller may see, in the order they were linked
 * @param hidden      how many further links point to issues the caller may not see (or that were deleted)
 */
public record InitiativeListResponse(long keyResultId, boolean canLink, List<InitiativeResponse> initiatives,
        int hidden) {
}
