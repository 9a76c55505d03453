package dev.waypoint.scoring;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.Measure.Issues;
import dev.waypoint.keyresult.Measure.Metric;
import dev.waypoint.keyresult.Measure.Milestone;
import dev.waypoint.keyresult.Measure.Threshold;
import dev.waypoint.keyresult.MilestoneItem;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Key-result progress for every measure (DESIGN §3 "Formulas"; sources in okr-kpi-landscape.md §5.2-§5.5). Pure
 * functions of their inputs.
 */
public final class KeyResultProgress {

    private KeyResultProgress() {
    }

    /**
     * METRIC: {@code (current - baseline) / (target - baseline)}. Works for decreases because numerator and denominator
     * are then both negative (landscape §5.2, BurningOKR {@code view-key-result.ts}, okr-tracker
     * {@code handleKeyResultProgress.js}); never absolute values, so moving the wrong way is negative progress.
     */
    public static Progress metric(Metric metric, double current) {
        return Progress.of((current - metric.baseline()) / (metric.target() - metric.baseline()));
    }

    /**
     * THRESHOLD for one value: 1 inside [min, max]; outside {@code max(0, 1 - distance / tolerance)}; tolerance 0 is
     * pass / fail (landscape §5.3: Perdoo / Oboard one-sided, UpRaise "Maintain", Waypoint's linear decay).
     */
    public static Progress threshold(Threshold threshold, double value) {
        double distance = 0;
        if (threshold.min() != null && value < threshold.min()) {
            distance = threshold.min() - value;
        } else if (threshold.max() != null && value > threshold.max()) {
            distance = value - threshold.max();
        }
        if (distance == 0) {
            return Progress.of(1);
        }
        if (threshold.tolerance() == 0) {
            return Progress.of(0);
        }
        return Progress.of(Math.max(0, 1 - distance / threshold.tolerance()));
    }

    /**
     * THRESHOLD over the cycle's values (oldest first), judged on the latest value, on the cycle average, or on the
     * value that scores worst (landscape §5.3, Oboard). The cycle average is the mean of the values' own scores, as OKR
     * tools that grade over periods average the periods' scores (DESIGN §3): misses on both sides of a range must not
     * cancel out, so values of 3 and 6 around a range of 4-5 score 0 without tolerance, not the score of their mean
     * 4.5. No value: unknown with warning NO_VALUE ("no data yet", counted nowhere).
     */
    public static Progress threshold(Threshold threshold, List<Double> values) {
        if (values.isEmpty()) {
            return Progress.unknown(ProgressWarning.NO_VALUE);
        }
        return switch (threshold.judgement()) {
            case LATEST -> threshold(threshold, values.get(values.size() - 1));
            case AVERAGE -> Progress.of(values.stream().mapToDouble(v -> threshold(threshold, v).clamped())
                    .average().orElseThrow());
            case WORST -> values.stream().map(v -> threshold(threshold, v))
                    .min(Comparator.comparingDouble(Progress::clamped)).orElseThrow();
        };
    }

    /**
     * MILESTONE: weight of done milestones / total weight; without a checklist 0 or 1 (landscape §5.4, Google binary
     * KRs). States missing for milestones added later count as not done.
     */
    public static Progress milestone(Milestone milestone, List<Boolean> done) {
        if (milestone.items().isEmpty()) {
            return Progress.of(!done.isEmpty() && Boolean.TRUE.equals(done.get(0)) ? 1 : 0);
        }
        double total = 0;
        double reached = 0;
        for (int i = 0; i < milestone.items().size(); i++) {
            MilestoneItem item = milestone.items().get(i);
            total += item.weight().value();
            if (i < done.size() && Boolean.TRUE.equals(done.get(i))) {
                reached += item.weight().value();
            }
        }
        return Progress.of(reached / total);
    }

    /**
     * ISSUES (landscape §5.5): COUNT done / total (Oboard, Boja); STORY_POINTS Σ done points / Σ points (Structure);
     * TIME spent / (spent + remaining) (BigPicture); STATUS_CATEGORY mean of To Do 0, In Progress 0.5, Done 1
     * (Synergita). With scope FROZEN the frozen total is the denominator (Ally's fixed target count). A total of 0 is
     * unknown with warning NO_ISSUES, not 0.
     */
    public static Progress issues(Issues issues, IssueMetrics metrics) {
        double reached = switch (issues.mode()) {
            case COUNT -> metrics.done();
            case STORY_POINTS -> metrics.donePoints();
            case TIME -> metrics.secondsSpent();
            case STATUS_CATEGORY -> metrics.done() + 0.5 * metrics.inProgress();
        };
        double liveTotal = switch (issues.mode()) {
            case COUNT, STATUS_CATEGORY -> metrics.issues();
            case STORY_POINTS -> metrics.totalPoints();
            case TIME -> (double) metrics.secondsSpent() + metrics.secondsRemaining();
        };
        double total = issues.frozenTotal() != null ? issues.frozenTotal() : liveTotal;
        return total > 0 ? Progress.of(reached / total) : Progress.unknown(ProgressWarning.NO_ISSUES);
    }

    /**
     * The progress of a key result from its stored check-ins (any order): the latest value for METRIC, the values
     * judged for THRESHOLD, the latest milestone states for MILESTONE, and for ISSUES the latest progress the refresh
     * job recorded (a REFRESH check-in without value means the issues added up to 0). Until a first value exists the
     * progress is unknown with warning NO_VALUE for every measure: "no data yet", neither 0 nor counted in its
     * objective's progress and pace.
     */
    public static Progress fromCheckIns(Measure measure, List<CheckIn> checkIns) {
        Objects.requireNonNull(measure, "'measure' must not be null");
        List<CheckIn> history = checkIns.stream().sorted(CheckIn.CHRONOLOGICAL).toList();
        return switch (measure) {
            case Metric metric -> history.stream().map(CheckIn::numericValue).filter(Objects::nonNull)
                    .reduce((first, second) -> second)
                    .map(value -> metric(metric, value))
                    .orElse(Progress.unknown(ProgressWarning.NO_VALUE));
            case Threshold threshold -> threshold(threshold, numericValues(history));
            case Milestone milestone -> history.stream()
                    .map(CheckIn::value)
                    .filter(CheckInValue.MilestoneStates.class::isInstance)
                    .map(v -> ((CheckInValue.MilestoneStates) v).done())
                    .reduce((first, second) -> second)
                    .map(done -> milestone(milestone, done))
                    .orElse(Progress.unknown(ProgressWarning.NO_VALUE));
            case Issues ignored -> history.stream().filter(c -> c.origin() == CheckInOrigin.REFRESH)
                    .reduce((first, second) -> second)
                    .map(c -> c.numericValue() == null ? Progress.unknown(ProgressWarning.NO_ISSUES)
                            : Progress.of(c.numericValue()))
                    .orElse(Progress.unknown(ProgressWarning.NO_VALUE));
        };
    }

    /**
     * As {@link #fromCheckIns(Measure, List)} over the check-ins effective on or before {@code asOf}: a value dated in
     * the future (e.g. carried over into a cycle that has not started) does not count yet.
     */
    public static Progress fromCheckIns(Measure measure, List<CheckIn> checkIns, LocalDate asOf) {
        return fromCheckIns(measure, upTo(checkIns, asOf));
    }

    /** The check-ins effective on or before {@code asOf}, in their order. */
    public static List<CheckIn> upTo(List<CheckIn> checkIns, LocalDate asOf) {
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        return checkIns.stream().filter(c -> !c.effectiveDate().isAfter(asOf)).toList();
    }

    static List<Double> numericValues(List<CheckIn> history) {
        return history.stream().map(CheckIn::numericValue).filter(Objects::nonNull).toList();
    }
}
