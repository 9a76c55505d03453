package dev.waypoint.preview.issues;

import dev.waypoint.issue.IssueId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sample projects' issues, standing in for Jira's issue database. Immutable; ordered by id. Nothing happens after
 * the {@code horizon} (the sample's "now"): issues created or changed later do not exist.
 */
public final class TicketStore {

    private final List<SampleIssue> issues;
    private final Map<IssueId, SampleIssue> byId;
    private final Map<String, SampleIssue> byKey;
    private final Instant horizon;

    public TicketStore(Collection<SampleIssue> issues, Instant horizon) {
        this.horizon = Objects.requireNonNull(horizon, "'horizon' must not be null");
        this.issues = issues.stream().sorted((a, b) -> Long.compare(a.id().value(), b.id().value())).toList();
        this.byId = this.issues.stream().collect(Collectors.toMap(SampleIssue::id, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("issue id " + a.id() + " is used twice");
                }, LinkedHashMap::new));
        this.byKey = this.issues.stream().collect(Collectors.toMap(issue -> normal(issue.key()), Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("issue key " + a.key() + " is used twice");
                }));
        for (SampleIssue issue : this.issues) {
            if (issue.life().created().isAfter(horizon)) {
                throw new IllegalArgumentException("issue " + issue.key() + " is created after the horizon");
            }
            if (issue.epicId() != null && !Optional.ofNullable(byId.get(issue.epicId())).map(SampleIssue::isEpic)
                    .orElse(false)) {
                throw new IllegalArgumentException("the epic of " + issue.key() + " is not an epic of the store");
            }
        }
    }

    /** Every issue, ordered by id. */
    public List<SampleIssue> all() {
        return issues;
    }

    public Optional<SampleIssue> byId(IssueId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The issue with this key, ignoring case (Jira's keys are upper case; JQL and URLs accept any case). */
    public Optional<SampleIssue> byKey(String key) {
        return Optional.ofNullable(byKey.get(normal(key)));
    }

    /** The sample's "now": the last instant at which anything happened. */
    public Instant horizon() {
        return horizon;
    }

    private static String normal(String key) {
        return key.strip().toUpperCase(Locale.ROOT);
    }
}
