package dev.waypoint.app.okr;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInId;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.checkin.CheckInService;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.shared.NotFoundException;
import java.util.Objects;

/** Deletes a check-in of a key result; whoever may check in on the key result may. */
public final class DeletingCheckIn {

    private final OkrAccess access;
    private final CheckInRepository checkInRows;
    private final CheckInService checkIns;

    public DeletingCheckIn(OkrAccess access, CheckInRepository checkInRows, CheckInService checkIns) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.checkInRows = Objects.requireNonNull(checkInRows, "'checkInRows' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException may not check in on this key result
     * @throws NotFoundException                         no such key result (or invisible), or no such check-in of it
     * @throws dev.waypoint.shared.ConflictException     its cycle is closed
     */
    public void delete(KeyResultId keyResultId, CheckInId checkInId) {
        KeyResultLookup.Found found = access.keyResult(keyResultId);
        access.permissions().requireCheckIn(access.viewer(), found.objective(), found.keyResult());
        CheckIn checkIn = checkInRows.findById(checkInId).orElseThrow(() -> new NotFoundException("CheckIn", checkInId));
        checkIns.delete(found, checkIn);
    }
}
