package dev.waypoint.app.okr;

import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.initiative.UnlinkInitiative;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.refresh.KeyResultRefreshNow;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * Unlinks an issue (named by key, resolved as the viewer) from a key result; whoever may check in may. The key
 * result's progress is evaluated at once ({@link KeyResultRefreshNow}).
 */
public final class UnlinkingIssue {

    private final OkrAccess access;
    private final IssueDirectory issues;
    private final InitiativeService initiatives;
    private final KeyResultRefreshNow refreshNow;

    public UnlinkingIssue(OkrAccess access, IssueDirectory issues, InitiativeService initiatives,
            KeyResultRefreshNow refreshNow) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.issues = Objects.requireNonNull(issues, "'issues' must not be null");
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        this.refreshNow = Objects.requireNonNull(refreshNow, "'refreshNow' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException may not unlink issues of this key result
     * @throws NotFoundException                         no such key result (or invisible); no such issue (or
     *                                                   invisible); the issue is not linked
     * @throws dev.waypoint.shared.ConflictException     the cycle is closed
     */
    public void unlink(KeyResultId keyResultId, String issueKey) {
        UserKey viewer = access.requireLicensed();
        KeyResultLookup.Found found = access.keyResult(keyResultId);
        access.permissions().requireCheckIn(access.viewer(), found.objective(), found.keyResult());
        IssueRef issue = issues.findVisible(viewer, issueKey)
                .orElseThrow(() -> new NotFoundException("Issue", issueKey));
        initiatives.unlink(found, new UnlinkInitiative(keyResultId, issue.id()));
        refreshNow.refresh(found.keyResult(), found.objective(), found.cycle());
    }
}
