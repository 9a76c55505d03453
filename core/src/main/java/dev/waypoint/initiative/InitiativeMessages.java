package dev.waypoint.initiative;

import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the initiative feature with their English patterns. */
public final class InitiativeMessages {

    /** A key result links an issue already, named for people: the key result's title, the issue's key. */
    public static final String ALREADY_LINKED = "waypoint.initiative.issue.alreadyLinked";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.initiative.issueId.required", "Issue is required",
            "waypoint.initiative.issueId.duplicate", "Issue {1} is already linked to key result {0}",
            ALREADY_LINKED, "{1} is already linked to key result \"{0}\"",
            "waypoint.initiative.cycleClosed", "Cycle \"{0}\" is closed; its initiatives cannot be changed");

    private InitiativeMessages() {
    }

    /** The conflict of linking an issue twice, with the key result's title and the issue's key (or "This issue"). */
    public static ConflictException alreadyLinked(String keyResultTitle, String issueKey) {
        return CATALOG.conflict(ALREADY_LINKED, keyResultTitle, issueKey);
    }

    /** The conflict an {@link InitiativeRepository} raises when a key result would link an issue twice. */
    public static ConflictException duplicate(KeyResultId keyResultId, IssueId issueId) {
        return CATALOG.conflict("waypoint.initiative.issueId.duplicate", keyResultId, issueId);
    }
}
