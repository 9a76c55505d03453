package dev.waypoint.app.okr;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.shared.UserNames;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the check-in history of a key result the viewer may see, with its authors' display names. */
public final class CheckInsQuery {

    private final OkrAccess access;
    private final Disclosure disclosure;
    private final CheckInRepository checkIns;
    private final UserNames userNames;

    public CheckInsQuery(OkrAccess access, Disclosure disclosure, CheckInRepository checkIns, UserNames userNames) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.disclosure = Objects.requireNonNull(disclosure, "'disclosure' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        this.userNames = Objects.requireNonNull(userNames, "'userNames' must not be null");
    }

    /** @throws dev.waypoint.shared.NotFoundException if the key result does not exist or the viewer may not see it */
    public CheckInHistory history(KeyResultId id) {
        KeyResultLookup.Found found = access.keyResult(id);
        boolean canCheckIn = access.view(found).canCheckIn();
        if (!disclosure.forViewer(List.of(found.keyResult()), List.of(found.objective())).shows(found.keyResult())) {
            return new CheckInHistory(id, canCheckIn, true, List.of(), Map.of());
        }
        List<CheckIn> chronological = checkIns.findByKeyResultIds(List.of(id)).stream()
                .sorted(CheckIn.CHRONOLOGICAL).toList();
        return new CheckInHistory(id, canCheckIn, false, chronological, userNames.displayNames(
                chronological.stream().map(CheckIn::author).filter(Objects::nonNull).distinct().toList()));
    }
}
