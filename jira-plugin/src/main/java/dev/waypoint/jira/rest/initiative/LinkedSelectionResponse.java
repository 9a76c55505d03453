package dev.waypoint.jira.rest.initiative;

import dev.waypoint.app.okr.LinkedSelection;
import dev.waypoint.refresh.KeyResultRefreshNow;
import java.util.List;

/**
 * What linking a selection did.
 *
 * @param linked        the issues linked now
 * @param alreadyLinked how many of the selection's issues were linked before
 * @param notFound      keys that name no issue the caller may see (not linked)
 * @param total         how many issues the selection found for the caller (more than were linked when capped)
 * @param refreshed     whether the key result's progress was evaluated at once ({@code EVALUATED}, {@code RECENT},
 *                      {@code NOT_REFRESHED})
 */
public record LinkedSelectionResponse(List<InitiativeResponse> linked, int alreadyLinked, List<String> notFound,
        long total, KeyResultRefreshNow.Result refreshed) {

    public static LinkedSelectionResponse of(LinkedSelection selection) {
        return new LinkedSelectionResponse(selection.linked().stream()
                .map(l -> InitiativeResponse.of(l.link(), l.issue())).toList(), selection.alreadyLinked(),
                selection.notFound(), selection.total(), selection.refreshed().result());
    }
}
