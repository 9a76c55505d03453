package dev.waypoint.refresh;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Objects;
import java.util.Set;

/**
 * A key result the refresh job evaluates, with the user its queries run as: its owner, or else its objective's owner.
 *
 * @param runAs       {@code null} when neither has an owner (the refresh then records the error NO_OWNER)
 * @param jqlProjects for a JQL source, the projects its query counts in ({@link ValueSource.Jql#countedIn})
 */
public record RefreshableKeyResult(KeyResult keyResult, UserKey runAs, Set<ProjectKey> jqlProjects) {

    /** A key result whose source is not JQL (or whose query has no projects to count in). */
    public RefreshableKeyResult(KeyResult keyResult, UserKey runAs) {
        this(keyResult, runAs, Set.of());
    }

    public RefreshableKeyResult {
        Objects.requireNonNull(keyResult, "'keyResult' must not be null");
        Objects.requireNonNull(keyResult.id(), "'keyResult' must be stored");
        jqlProjects = jqlProjects == null ? Set.of() : Set.copyOf(jqlProjects);
    }

    /**
     * The key result as the refresh job evaluates it: its queries run as its owner, else as its objective's owner; a
     * JQL source counts in the projects {@link ValueSource.Jql#countedIn} names.
     */
    public static RefreshableKeyResult of(KeyResult keyResult, Objective objective) {
        return new RefreshableKeyResult(keyResult, keyResult.owner() != null ? keyResult.owner() : objective.owner(),
                keyResult.source() instanceof ValueSource.Jql jql ? jql.countedIn(objective) : Set.of());
    }

    /** Whether the refresh job evaluates this key result: a JQL or KPI source, or an ISSUES measure. */
    public static boolean isAutomatic(KeyResult keyResult) {
        return keyResult.source() instanceof ValueSource.Jql || keyResult.source() instanceof ValueSource.Kpi
                || keyResult.measure() instanceof Measure.Issues;
    }
}
