package dev.waypoint.keyresult;

import java.util.List;
import java.util.Objects;

/**
 * How a key result is measured (DESIGN §3). The formulas that turn a measure and its values into progress are in
 * {@code dev.waypoint.scoring.KeyResultProgress}.
 */
public sealed interface Measure permits Measure.Metric, Measure.Threshold, Measure.Milestone, Measure.Issues {

    /** Largest absolute number accepted in a measure or a check-in, so that differences stay exact enough. */
    double MAX_MAGNITUDE = 1e15;

    /** Most milestones a checklist may have. */
    int MAX_MILESTONES = 50;

    MeasureType type();

    static boolean isAcceptedNumber(double value) {
        return Double.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;
    }

    /**
     * From {@code baseline} to {@code target}; the direction follows from them (target below baseline: a decrease,
     * seed 003's "negative metric"). {@code baseline == target} is invalid (landscape §5.2, GitLab).
     */
    record Metric(double baseline, double target) implements Measure {

        public Metric {
            requireNumber(baseline, "baseline");
            requireNumber(target, "target");
            if (baseline == target) {
                throw new IllegalArgumentException("'baseline' and 'target' must differ, both were " + target);
            }
        }

        public boolean isIncrease() {
            return target > baseline;
        }

        @Override
        public MeasureType type() {
            return MeasureType.METRIC;
        }
    }

    /**
     * Keep the value at or above {@code min}, at or below {@code max}, or within both (seed 003's threshold metrics).
     * Outside, the score decays linearly to 0 at {@code tolerance} away from the band; tolerance 0 is pass/fail.
     *
     * @param min {@code null} for "keep at or below max"
     * @param max {@code null} for "keep at or above min"
     */
    record Threshold(Double min, Double max, double tolerance, Judgement judgement) implements Measure {

        public Threshold {
            Objects.requireNonNull(judgement, "'judgement' must not be null");
            if (min == null && max == null) {
                throw new IllegalArgumentException("a threshold needs 'min', 'max' or both");
            }
            if (min != null) {
                requireNumber(min, "min");
            }
            if (max != null) {
                requireNumber(max, "max");
            }
            if (min != null && max != null && min > max) {
                throw new IllegalArgumentException("'min' " + min + " must not exceed 'max' " + max);
            }
            requireNumber(tolerance, "tolerance");
            if (tolerance < 0) {
                throw new IllegalArgumentException("'tolerance' must be >= 0, was " + tolerance);
            }
        }

        @Override
        public MeasureType type() {
            return MeasureType.THRESHOLD;
        }
    }

    /**
     * Done or not done; with a checklist, the weight of done milestones over the total weight (seed 003: "some KRs
     * may not have numbers"). Which milestones are done is recorded by check-ins.
     *
     * @param items empty for a single done / not done
     */
    record Milestone(List<MilestoneItem> items) implements Measure {

        public Milestone {
            items = items == null ? List.of() : List.copyOf(items);
            if (items.size() > MAX_MILESTONES) {
                throw new IllegalArgumentException("at most " + MAX_MILESTONES + " milestones, was " + items.size());
            }
        }

        /** How many done states a check-in records: one per milestone, or one for a plain done / not done. */
        public int stateCount() {
            return Math.max(1, items.size());
        }

        @Override
        public MeasureType type() {
            return MeasureType.MILESTONE;
        }
    }

    /**
     * Progress of the linked initiatives.
     *
     * @param frozenTotal with scope FROZEN: the fixed denominator in the mode's unit (issues, story points, seconds);
     *                    {@code null} until frozen, and then the live total is used. Always {@code null} with LIVE.
     */
    record Issues(IssuesMode mode, IssuesScope scope, Double frozenTotal) implements Measure {

        public Issues {
            Objects.requireNonNull(mode, "'mode' must not be null");
            Objects.requireNonNull(scope, "'scope' must not be null");
            if (scope == IssuesScope.LIVE && frozenTotal != null) {
                throw new IllegalArgumentException("a LIVE scope has no 'frozenTotal'");
            }
            if (frozenTotal != null && (!isAcceptedNumber(frozenTotal) || frozenTotal <= 0)) {
                throw new IllegalArgumentException("'frozenTotal' must be > 0, was " + frozenTotal);
            }
        }

        @Override
        public MeasureType type() {
            return MeasureType.ISSUES;
        }
    }

    private static void requireNumber(double value, String name) {
        if (!isAcceptedNumber(value)) {
            throw new IllegalArgumentException("'" + name + "' must be finite and within +/-" + MAX_MAGNITUDE
                    + ", was " + value);
        }
    }
}
