package dev.waypoint.app.okr;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInService;
import dev.waypoint.checkin.RecordCheckIn;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * Records a check-in (value or milestone states, confidence, comment, back-dating inside the cycle) as the current
 * user: the key result's owner, the objective's owner and the administrators of the scope may. The key result, its
 * objective and its cycle are read once.
 */
public final class CheckingIn {

    private final OkrAccess access;
    private final CheckInService checkIns;

    public CheckingIn(OkrAccess access, CheckInService checkIns) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException every bad field
     * @throws dev.waypoint.access.AccessDeniedException may not check in on this key result
     * @throws dev.waypoint.shared.NotFoundException     no such key result, or invisible
     * @throws dev.waypoint.shared.ConflictException     its cycle is closed
     */
    public CheckIn record(KeyResultId keyResultId, CheckInEntry entry) {
        UserKey author = access.requireLicensed();
        KeyResultLookup.Found found = access.keyResult(keyResultId);
        access.permissions().requireCheckIn(access.viewer(), found.objective(), found.keyResult());
        return checkIns.record(found, new RecordCheckIn(keyResultId, entry.value(), entry.milestones(),
                entry.confidence(), entry.comment(), entry.effectiveDate(), author));
    }
}
