package dev.waypoint.initiative;

import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the initiative feature with their English patterns. */
public final class InitiativeMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.initiative.issueId.required", "Issue is required",
            "waypoint.initiative.issueId.duplicate", "Issue {1} is already linked to key result {0}",
            "waypoint.initiative.cycleClosed", "Cycle \"{0}\" is closed; its initiatives cannot be changed");

    private InitiativeMessages() {
    }

    /** The conflict an {@link InitiativeRepository} raises when a key result would link an issue twice. */
    public static ConflictException duplicate(KeyResultId keyResultId, IssueId issueId) {
        return CATALOG.conflict("waypoint.initiative.issueId.duplicate", keyResultId, issueId);
    }
}
