package dev.waypoint.app.okr;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInId;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.checkin.CheckInService;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.shared.NotFoundException;
import java.util.Objects;

/**
 * Deletes a wrong check-in of a key result (issue 13, item 4): its author may while they may check in on the key
 * result, an administrator of its scope may delete anyone's ({@code OkrPermissions#canChangeCheckIn}). Values of the
 * refresh job are not deleted by hand.
 */
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
     * @throws dev.waypoint.shared.InvalidInputException a value computed by Waypoint (field {@code checkIn})
     * @throws dev.waypoint.access.AccessDeniedException may not change this check-in
     * @throws NotFoundException                         no such key result (or invisible), or no such check-in of it
     * @throws dev.waypoint.shared.ConflictException     its cycle is closed
     */
    public void delete(KeyResultId keyResultId, CheckInId checkInId) {
        KeyResultLookup.Found found = access.keyResult(keyResultId);
        access.permissions().requireCheckIn(access.viewer(), found.objective(), found.keyResult());
        CheckIn checkIn = checkInRows.findById(checkInId).filter(c -> c.keyResultId().equals(keyResultId))
                .orElseThrow(() -> new NotFoundException("CheckIn", checkInId));
        if (checkIn.origin() == CheckInOrigin.REFRESH) {
            throw OkrAppMessages.CATALOG.invalid("checkIn", OkrAppMessages.CHECK_IN_COMPUTED);
        }
        access.permissions().requireChangeCheckIn(access.viewer(), found.objective(), found.keyResult(),
                checkIn.author());
        checkIns.delete(found, checkIn);
    }
}
