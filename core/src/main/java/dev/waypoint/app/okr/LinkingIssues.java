package dev.waypoint.app.okr;

import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.initiative.LinkInitiative;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.refresh.KeyResultRefreshNow;
import dev.waypoint.refresh.RefreshSettingsSource;
import dev.waypoint.shared.Transactions;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Links a selection of issues to a key result in one go (issue 13, item 1): several issues found by search, every
 * issue of a JQL query, or an epic with its children, each resolved as the viewer (only issues they may see, at most
 * {@link IssueSelection#MAX_ISSUES}); issues linked already are left as they are. The links are written in one
 * transaction, then the key result's progress is evaluated at once ({@link KeyResultRefreshNow}), so the page shows
 * it without waiting for the refresh job. Whoever may check in may link.
 */
public final class LinkingIssues {

    private final OkrAccess access;
    private final IssueSelections selections;
    private final InitiativeRepository initiativeRows;
    private final InitiativeService initiatives;
    private final Transactions transactions;
    private final KeyResultRefreshNow refreshNow;

    public LinkingIssues(OkrAccess access, IssueDirectory issues, IssueSearch search, RefreshSettingsSource settings,
            InitiativeRepository initiativeRows, InitiativeService initiatives, Transactions transactions,
            KeyResultRefreshNow refreshNow) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.selections = new IssueSelections(issues, search, settings);
        this.initiativeRows = Objects.requireNonNull(initiativeRows, "'initiativeRows' must not be null");
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
        this.refreshNow = Objects.requireNonNull(refreshNow, "'refreshNow' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException a bad selection (field {@code issueKeys}, {@code jql} or
     *                                                   {@code epicKey}); nothing is linked
     * @throws dev.waypoint.access.AccessDeniedException may not link issues to this key result
     * @throws dev.waypoint.shared.NotFoundException     no such key result, or invisible
     * @throws dev.waypoint.shared.ConflictException     its cycle is closed
     */
    public LinkedSelection link(KeyResultId keyResultId, IssueSelection selection) {
        UserKey viewer = access.requireLicensed();
        KeyResultLookup.Found found = access.keyResult(keyResultId);
        access.permissions().requireCheckIn(access.viewer(), found.objective(), found.keyResult());
        IssueSelections.Resolved resolved = selections.resolve(viewer, selection);
        Set<IssueId> before = new HashSet<>(initiativeRows.findByKeyResultIds(List.of(keyResultId)).stream()
                .map(Initiative::issueId).toList());
        List<IssueRef> toLink = resolved.issues().stream().filter(issue -> !before.contains(issue.id())).toList();
        List<LinkedIssue> linked = transactions.inTransaction(() -> {
            List<LinkedIssue> done = new ArrayList<>();
            for (IssueRef issue : toLink) {
                Initiative link = initiatives.link(found, new LinkInitiative(keyResultId, issue.id(), viewer,
                        issue.key()));
                done.add(new LinkedIssue(link, issue));
            }
            return done;
        });
        KeyResultRefreshNow.Outcome refreshed = linked.isEmpty()
                ? new KeyResultRefreshNow.Outcome(KeyResultRefreshNow.Result.NOT_REFRESHED, null, null)
                : refreshNow.refresh(found.keyResult(), found.objective(), found.cycle());
        return new LinkedSelection(linked, resolved.issues().size() - toLink.size(), resolved.notFound(),
                resolved.total(), refreshed);
    }
}
