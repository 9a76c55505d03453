package dev.waypoint.app.okr;

import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.initiative.LinkInitiative;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.refresh.KeyResultRefreshNow;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * Links a Jira issue, named by key and resolved as the viewer (an issue they may not see answers 404 like a missing
 * one), to a key result. Linking work moves the key result's progress like a check-in does, so whoever may check in
 * may link; the progress is evaluated at once ({@link KeyResultRefreshNow}).
 */
public final class LinkingIssue {

    private final OkrAccess access;
    private final IssueDirectory issues;
    private final InitiativeService initiatives;
    private final KeyResultRefreshNow refreshNow;

    public LinkingIssue(OkrAccess access, IssueDirectory issues, InitiativeService initiatives,
            KeyResultRefreshNow refreshNow) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.issues = Objects.requireNonNull(issues, "'issues' must not be null");
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        this.refreshNow = Objects.requireNonNull(refreshNow, "'refreshNow' must not be null");
    }

    /**
     * @param issueKey a syntactically valid issue key (the adapter parses it)
     * @throws dev.waypoint.access.AccessDeniedException may not link issues to this key result
     * @throws NotFoundException                         no such key result (or invisible); no such issue (or invisible)
     * @throws dev.waypoint.shared.ConflictException     the issue is linked already, or the cycle is closed
     */
    public LinkedIssue link(KeyResultId keyResultId, String issueKey) {
        UserKey viewer = access.requireLicensed();
        KeyResultLookup.Found found = access.keyResult(keyResultId);
        access.permissions().requireCheckIn(access.viewer(), found.objective(), found.keyResult());
        IssueRef issue = issues.findVisible(viewer, issueKey)
                .orElseThrow(() -> new NotFoundException("Issue", issueKey));
        Initiative link = initiatives.link(found, new LinkInitiative(keyResultId, issue.id(), viewer, issue.key()));
        refreshNow.refresh(found.keyResult(), found.objective(), found.cycle());
        return new LinkedIssue(link, issue);
    }
}
