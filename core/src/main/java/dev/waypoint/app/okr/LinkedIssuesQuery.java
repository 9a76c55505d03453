package dev.waypoint.app.okr;

import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the issues linked to a key result, filtered by the viewer's own permissions on each issue. */
public final class LinkedIssuesQuery {

    private final OkrAccess access;
    private final InitiativeRepository initiatives;
    private final IssueDirectory issues;

    public LinkedIssuesQuery(OkrAccess access, InitiativeRepository initiatives, IssueDirectory issues) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        this.issues = Objects.requireNonNull(issues, "'issues' must not be null");
    }

    /** @throws dev.waypoint.shared.NotFoundException if the key result does not exist or the viewer may not see it */
    public LinkedIssues list(KeyResultId id) {
        UserKey viewer = access.requireLicensed();
        KeyResultLookup.Found found = access.keyResult(id);
        List<Initiative> links = initiatives.findByKeyResultIds(List.of(id));
        Map<IssueId, IssueRef> visible = issues.findVisible(viewer, links.stream().map(Initiative::issueId).toList());
        return new LinkedIssues(id, access.view(found).canCheckIn(), links.stream()
                .filter(link -> visible.containsKey(link.issueId()))
                .map(link -> new LinkedIssue(link, visible.get(link.issueId())))
                .toList());
    }
}
