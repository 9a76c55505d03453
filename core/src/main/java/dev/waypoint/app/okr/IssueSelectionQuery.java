package dev.waypoint.app.okr;

import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.refresh.RefreshSettingsSource;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What linking a selection of issues to a key result would add (the link dialog's preview of "all issues of a JQL
 * query" or "an epic with its children"), resolved as the viewer: only issues they may see, counted and listed, at most
 * {@link IssueSelection#MAX_ISSUES}. Whoever may link issues to the key result may ask.
 */
public final class IssueSelectionQuery {

    private final OkrAccess access;
    private final IssueSelections selections;
    private final InitiativeRepository initiatives;

    public IssueSelectionQuery(OkrAccess access, IssueDirectory issues, IssueSearch search,
            RefreshSettingsSource settings, InitiativeRepository initiatives) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.selections = new IssueSelections(issues, search, settings);
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException a bad selection (field {@code issueKeys}, {@code jql} or
     *                                                   {@code epicKey})
     * @throws dev.waypoint.access.AccessDeniedException may not link issues to this key result
     * @throws dev.waypoint.shared.NotFoundException     no such key result, or invisible
     */
    public IssueCandidates preview(KeyResultId keyResultId, IssueSelection selection) {
        UserKey viewer = access.requireLicensed();
        KeyResultLookup.Found found = access.keyResult(keyResultId);
        access.permissions().requireCheckIn(access.viewer(), found.objective(), found.keyResult());
        IssueSelections.Resolved resolved = selections.resolve(viewer, selection);
        Set<IssueId> linked = initiatives.findByKeyResultIds(List.of(keyResultId)).stream()
                .map(Initiative::issueId).collect(Collectors.toSet());
        List<IssueCandidates.Candidate> candidates = resolved.issues().stream()
                .map(issue -> new IssueCandidates.Candidate(issue, linked.contains(issue.id()))).toList();
        return new IssueCandidates(candidates, resolved.total(),
                (int) candidates.stream().filter(IssueCandidates.Candidate::linked).count(), resolved.notFound());
    }
}
