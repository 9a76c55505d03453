package dev.waypoint.preview.issues;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IssueDirectory} over the {@link TicketStore}, standing in for Jira's issue and permission managers: an issue
 * is found only if it exists (as of the clock, never after the store's horizon) and the viewer is licensed and may
 * browse its project; its epic is shown only if the viewer may browse the epic too.
 */
public final class PreviewIssueDirectory implements IssueDirectory {

    private final TicketStore store;
    private final AccessFacts access;
    private final Clock clock;

    public PreviewIssueDirectory(TicketStore store, AccessFacts access, Clock clock) {
        this.store = Objects.requireNonNull(store, "'store' must not be null");
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    @Override
    public Optional<IssueRef> findVisible(UserKey viewer, String issueKey) {
        Objects.requireNonNull(viewer, "'viewer' must not be null");
        Objects.requireNonNull(issueKey, "'issueKey' must not be null");
        Instant at = asOf();
        return store.byKey(issueKey).filter(issue -> visible(viewer, issue, at)).map(issue -> ref(viewer, issue, at));
    }

    @Override
    public Map<IssueId, IssueRef> findVisible(UserKey viewer, Collection<IssueId> ids) {
        Objects.requireNonNull(viewer, "'viewer' must not be null");
        Instant at = asOf();
        Map<IssueId, IssueRef> found = new LinkedHashMap<>();
        for (IssueId id : new LinkedHashSet<>(ids)) {
            store.byId(id).filter(issue -> visible(viewer, issue, at))
                    .ifPresent(issue -> found.put(id, ref(viewer, issue, at)));
        }
        return found;
    }

    private boolean visible(UserKey viewer, SampleIssue issue, Instant at) {
        return issue.existsAt(at) && access.isLicensed(viewer) && access.canBrowseProject(viewer, issue.project());
    }

    private IssueRef ref(UserKey viewer, SampleIssue issue, Instant at) {
        Optional<SampleIssue> epic = Optional.ofNullable(issue.epicId()).flatMap(store::byId)
                .filter(candidate -> visible(viewer, candidate, at));
        return new IssueRef(issue.id(), issue.key(), issue.summary(), issue.statusAt(at),
                epic.map(SampleIssue::id).orElse(null), epic.map(SampleIssue::key).orElse(null), issue.project());
    }

    private Instant asOf() {
        Instant now = clock.instant();
        return now.isAfter(store.horizon()) ? store.horizon() : now;
    }
}
