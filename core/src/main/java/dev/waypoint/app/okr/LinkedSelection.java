package dev.waypoint.app.okr;

import dev.waypoint.refresh.KeyResultRefreshNow;
import java.util.List;
import java.util.Objects;

/**
 * What linking a selection of issues did.
 *
 * @param linked        the issues linked now, in the selection's order
 * @param alreadyLinked how many of the selection's issues the key result linked before
 * @param notFound      keys of the selection that name no issue the viewer may see (nothing was linked for them)
 * @param total         how many issues the selection found for the viewer (more than linked and already linked
 *                      together when it was capped at {@link IssueSelection#MAX_ISSUES})
 * @param refreshed     whether the key result's progress was evaluated at once
 */
public record LinkedSelection(List<LinkedIssue> linked, int alreadyLinked, List<String> notFound, long total,
        KeyResultRefreshNow.Outcome refreshed) {

    public LinkedSelection {
        linked = List.copyOf(linked);
        notFound = List.copyOf(notFound);
        Objects.requireNonNull(refreshed, "'refreshed' must not be null");
    }
}
