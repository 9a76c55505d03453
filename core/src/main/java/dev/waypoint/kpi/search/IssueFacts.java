package dev.waypoint.kpi.search;

import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.StatusCategory;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The few facts of one issue the refresh job needs, read by {@link IssueSearch#sample} (never a whole issue).
 *
 * @param assignee         {@code null} when unassigned
 * @param dates            the date fields that were asked for, by the name they were asked with; a field without a
 *                         value is absent
 * @param storyPoints      {@code null} when not estimated (or no story-point field is configured)
 * @param secondsSpent     time spent, 0 when none
 * @param secondsRemaining remaining estimate, 0 when none
 * @param epic             whether the issue is an epic (whose children count with it)
 */
public record IssueFacts(IssueId id, String key, Agent assignee, StatusCategory statusCategory,
        Map<String, Instant> dates, Double storyPoints, long secondsSpent, long secondsRemaining, boolean epic) {

    public IssueFacts {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(key, "'key' must not be null");
        Objects.requireNonNull(statusCategory, "'statusCategory' must not be null");
        dates = dates == null ? Map.of() : Map.copyOf(dates);
        if (storyPoints != null && (!Double.isFinite(storyPoints) || storyPoints < 0)) {
            throw new IllegalArgumentException("'storyPoints' must be finite and >= 0, was " + storyPoints);
        }
        if (secondsSpent < 0 || secondsRemaining < 0) {
            throw new IllegalArgumentException("times must be >= 0");
        }
    }
}
