package dev.waypoint.app.okr;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.refresh.KeyResultRefreshNow;
import dev.waypoint.refresh.RefreshableKeyResult;
import java.util.Objects;

/**
 * "Refresh now" of one key result bound to a KPI, a JQL count or linked issues: evaluated at once as the refresh job
 * would and stored ({@link KeyResultRefreshNow}, which answers a refresh of the last minute with the same inputs
 * again). Whoever may check in on it may; a key result of check-ins has nothing to refresh.
 */
public final class RefreshingKeyResult {

    private final OkrAccess access;
    private final KeyResultRefreshNow refreshNow;

    public RefreshingKeyResult(OkrAccess access, KeyResultRefreshNow refreshNow) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.refreshNow = Objects.requireNonNull(refreshNow, "'refreshNow' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException its values come from check-ins (field {@code source})
     * @throws dev.waypoint.access.AccessDeniedException may not check in on it
     * @throws dev.waypoint.shared.NotFoundException     no such key result, or invisible
     */
    public KeyResultRefreshNow.Outcome refresh(KeyResultId id) {
        KeyResultLookup.Found found = access.keyResult(id);
        access.permissions().requireCheckIn(access.viewer(), found.objective(), found.keyResult());
        if (!RefreshableKeyResult.isAutomatic(found.keyResult())) {
            throw OkrAppMessages.CATALOG.invalid("source", OkrAppMessages.REFRESH_MANUAL, found.keyResult().title());
        }
        return refreshNow.refresh(found.keyResult(), found.objective(), found.cycle());
    }
}
