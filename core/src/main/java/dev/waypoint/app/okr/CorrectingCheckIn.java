package dev.waypoint.app.okr;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInId;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.checkin.CheckInService;
import dev.waypoint.checkin.RecordCheckIn;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Transactions;
import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * Corrects a wrong check-in (issue 13, item 4): its author may while they may check in on the key result, an
 * administrator of its scope may correct anyone's ({@code OkrPermissions#canChangeCheckIn}). The check-in is replaced
 * by the corrected one in one transaction, validated exactly as a new check-in. Values of the refresh job are not
 * corrected by hand.
 */
public final class CorrectingCheckIn {

    private final OkrAccess access;
    private final CheckInRepository checkInRows;
    private final CheckInService checkIns;
    private final Transactions transactions;

    public CorrectingCheckIn(OkrAccess access, CheckInRepository checkInRows, CheckInService checkIns,
            Transactions transactions) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.checkInRows = Objects.requireNonNull(checkInRows, "'checkInRows' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException every bad field; a value computed by Waypoint
     * @throws dev.waypoint.access.AccessDeniedException may not change this check-in
     * @throws NotFoundException                         no such key result (or invisible), or no such check-in of it
     * @throws dev.waypoint.shared.ConflictException     its cycle is closed
     */
    public CheckIn correct(KeyResultId keyResultId, CheckInId checkInId, CheckInEntry entry) {
        UserKey viewer = access.requireLicensed();
        KeyResultLookup.Found found = access.keyResult(keyResultId);
        CheckIn existing = checkInRows.findById(checkInId)
                .filter(c -> c.keyResultId().equals(keyResultId))
                .orElseThrow(() -> new NotFoundException("CheckIn", checkInId));
        if (existing.origin() == CheckInOrigin.REFRESH) {
            throw OkrAppMessages.CATALOG.invalid("checkIn", OkrAppMessages.CHECK_IN_COMPUTED);
        }
        access.permissions().requireChangeCheckIn(access.viewer(), found.objective(), found.keyResult(),
                existing.author());
        return transactions.inTransaction(() -> checkIns.correct(found, existing, new RecordCheckIn(keyResultId,
                entry.value(), entry.milestones(), entry.confidence(), entry.comment(), entry.effectiveDate(),
                viewer)));
    }
}
