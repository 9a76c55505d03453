package dev.waypoint.keyresult;

import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;
import java.util.Objects;

/**
 * A key result of an objective (DESIGN §3). User input is validated with field messages by
 * {@link KeyResultService} before a record is built; the checks here guard the invariants.
 *
 * @param id      {@code null} until the repository inserts the key result
 * @param owner   optional
 * @param unit    optional, e.g. {@code "h"} or {@code "%"}, at most {@link Limits#UNIT} characters
 * @param source  {@link ValueSource.Manual} unless the measure is METRIC or THRESHOLD
 * @param version optimistic-locking version; 0 when inserted, +1 on every update
 */
public record KeyResult(
        KeyResultId id,
        ObjectiveId objectiveId,
        String title,
        UserKey owner,
        Weight weight,
        String unit,
        Measure measure,
        ValueSource source,
        long version) {

    public KeyResult {
        Objects.requireNonNull(objectiveId, "'objectiveId' must not be null");
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(weight, "'weight' must not be null");
        Objects.requireNonNull(measure, "'measure' must not be null");
        Objects.requireNonNull(source, "'source' must not be null");
        if (title.isBlank() || title.length() > Limits.TITLE) {
            throw new IllegalArgumentException("'title' must be 1-" + Limits.TITLE + " characters");
        }
        if (unit != null && unit.length() > Limits.UNIT) {
            throw new IllegalArgumentException("'unit' must be at most " + Limits.UNIT + " characters");
        }
        if (!(source instanceof ValueSource.Manual) && !acceptsSource(measure.type())) {
            throw new IllegalArgumentException("a " + measure.type() + " key result takes its values from check-ins");
        }
        if (version < 0) {
            throw new IllegalArgumentException("'version' must be >= 0, was " + version);
        }
    }

    /** Whether a measure of this type may take its values from a KPI or JQL. */
    public static boolean acceptsSource(MeasureType type) {
        return type == MeasureType.METRIC || type == MeasureType.THRESHOLD;
    }

    /** Whether check-ins carry the values (MANUAL METRIC / THRESHOLD, and MILESTONE states). */
    public boolean takesManualValues() {
        return source instanceof ValueSource.Manual && measure.type() != MeasureType.ISSUES;
    }

    public KeyResult withId(KeyResultId newId) {
        return new KeyResult(newId, objectiveId, title, owner, weight, unit, measure, source, version);
    }

    public KeyResult withVersion(long newVersion) {
        return new KeyResult(id, objectiveId, title, owner, weight, unit, measure, source, newVersion);
    }

    /** A not yet stored copy under another objective (carry-over). */
    public KeyResult copyUnder(ObjectiveId newObjective) {
        return new KeyResult(null, newObjective, title, owner, weight, unit, measure, source, 0);
    }
}
