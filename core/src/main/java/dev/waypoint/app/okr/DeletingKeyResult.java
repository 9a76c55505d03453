package dev.waypoint.app.okr;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.KeyResultService;
import java.util.Objects;

/** Deletes a key result with its check-ins and initiatives; whoever may change it may. */
public final class DeletingKeyResult {

    private final OkrAccess access;
    private final KeyResultService keyResults;

    public DeletingKeyResult(OkrAccess access, KeyResultService keyResults) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException may not change it
     * @throws dev.waypoint.shared.NotFoundException     no such key result, or invisible
     * @throws dev.waypoint.shared.ConflictException     its cycle is closed
     */
    public void delete(KeyResultId id) {
        KeyResultLookup.Found found = access.keyResult(id);
        access.permissions().requireEdit(access.viewer(), found.objective(), found.keyResult());
        keyResults.delete(found);
    }
}
