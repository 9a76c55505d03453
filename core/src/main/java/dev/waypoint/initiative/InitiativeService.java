package dev.waypoint.initiative;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.NotFoundException;
import java.time.Clock;

/**
 * Links and unlinks Jira issues to key results (DESIGN §3 "Initiative"). Whether the issue exists and may be seen is
 * the adapter's business; core checks the key result, the cycle and duplicates.
 */
public final class InitiativeService {

    private static final MessageCatalog MESSAGES = InitiativeMessages.CATALOG;

    private final InitiativeRepository initiatives;
    private final KeyResultLookup lookup;
    private final Clock clock;

    public InitiativeService(InitiativeRepository initiatives, KeyResultLookup lookup, Clock clock) {
        this.initiatives = initiatives;
        this.lookup = lookup;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException if the issue id is missing
     * @throws NotFoundException     if the key result does not exist
     * @throws ConflictException     if the key result links the issue already, or its cycle is closed
     */
    public Initiative link(LinkInitiative command) {
        if (command.issueId() == null) {
            throw MESSAGES.invalid("issueId", "waypoint.initiative.issueId.required");
        }
        return link(lookup.find(command.keyResultId()), command);
    }

    /**
     * As {@link #link(LinkInitiative)} for the key result (of {@code command}) that the caller has loaded with its
     * objective and cycle.
     *
     * @throws ConflictException if the key result links the issue already, or its cycle is closed
     */
    public Initiative link(KeyResultLookup.Found found, LinkInitiative command) {
        if (command.issueId() == null) {
            throw MESSAGES.invalid("issueId", "waypoint.initiative.issueId.required");
        }
        requireOpen(found.cycle());
        if (initiatives.find(command.keyResultId(), command.issueId()).isPresent()) {
            throw InitiativeMessages.alreadyLinked(found.keyResult().title(), issueLabel(command));
        }
        return initiatives.insert(new Initiative(null, command.keyResultId(), command.issueId(), command.actor(),
                clock.instant()));
    }

    /**
     * @throws NotFoundException if the key result does not link the issue
     * @throws ConflictException if the key result's cycle is closed
     */
    public void unlink(UnlinkInitiative command) {
        unlink(lookup.find(command.keyResultId()), command);
    }

    /**
     * As {@link #unlink(UnlinkInitiative)} for the key result that the caller has loaded with its objective and cycle.
     *
     * @throws NotFoundException if the key result does not link the issue
     * @throws ConflictException if the key result's cycle is closed
     */
    public void unlink(KeyResultLookup.Found found, UnlinkInitiative command) {
        Initiative initiative = initiatives.find(command.keyResultId(), command.issueId())
                .orElseThrow(() -> new NotFoundException("Initiative",
                        "key result " + command.keyResultId() + " / issue " + command.issueId()));
        requireOpen(found.cycle());
        initiatives.delete(initiative.id());
    }

    private static String issueLabel(LinkInitiative command) {
        return command.issueKey() != null ? command.issueKey() : "This issue";
    }

    private static void requireOpen(Cycle cycle) {
        if (cycle.isClosed()) {
            throw MESSAGES.conflict("waypoint.initiative.cycleClosed", cycle.name());
        }
    }
}
