package dev.waypoint.refresh;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.shared.UserKey;
import java.util.Objects;

/**
 * A key result the refresh job evaluates, with the user its queries run as: its owner, or else its objective's owner.
 *
 * @param runAs {@code null} when neither has an owner (the refresh then records the error NO_OWNER)
 */
public record RefreshableKeyResult(KeyResult keyResult, UserKey runAs) {

    public RefreshableKeyResult {
        Objects.requireNonNull(keyResult, "'keyResult' must not be null");
        Objects.requireNonNull(keyResult.id(), "'keyResult' must be stored");
    }

    /** Whether the refresh job evaluates this key result: a JQL or KPI source, or an ISSUES measure. */
    public static boolean isAutomatic(KeyResult keyResult) {
        return keyResult.source() instanceof ValueSource.Jql || keyResult.source() instanceof ValueSource.Kpi
                || keyResult.measure() instanceof Measure.Issues;
    }
}
