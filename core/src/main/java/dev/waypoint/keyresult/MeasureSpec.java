package dev.waypoint.keyresult;

import java.util.Arrays;
import java.util.List;

/**
 * A {@link Measure} as raw user input, flat so that it maps one-to-one onto the REST body
 * ({@code {"type":"METRIC","baseline":8,"target":4}}); {@link KeyResultService} validates it into a measure and reports
 * bad fields as {@code measure.<component>}, e.g. {@code measure.target} or {@code measure.milestones[2].title}.
 * Only the components of the given type are read; the others are ignored.
 *
 * @param type       required
 * @param baseline   METRIC
 * @param target     METRIC
 * @param min        THRESHOLD, optional if max is given
 * @param max        THRESHOLD, optional if min is given
 * @param tolerance  THRESHOLD; {@code null}: 0 (pass / fail)
 * @param judgement  THRESHOLD; {@code null}: LATEST
 * @param milestones MILESTONE; {@code null} or empty: a single done / not done
 * @param mode       ISSUES; {@code null}: COUNT
 * @param scope      ISSUES; {@code null}: LIVE
 * @param frozenTotal ISSUES with scope FROZEN: the fixed denominator; {@code null}: fixed by the next refresh
 */
public record MeasureSpec(
        MeasureType type,
        Double baseline,
        Double target,
        Double min,
        Double max,
        Double tolerance,
        Judgement judgement,
        List<MilestoneSpec> milestones,
        IssuesMode mode,
        IssuesScope scope,
        Double frozenTotal) {

    public static MeasureSpec metric(Double baseline, Double target) {
        return new MeasureSpec(MeasureType.METRIC, baseline, target, null, null, null, null, null, null, null, null);
    }

    public static MeasureSpec threshold(Double min, Double max, Double tolerance, Judgement judgement) {
        return new MeasureSpec(MeasureType.THRESHOLD, null, null, min, max, tolerance, judgement, null, null, null,
                null);
    }

    public static MeasureSpec milestone(MilestoneSpec... milestones) {
        return new MeasureSpec(MeasureType.MILESTONE, null, null, null, null, null, null, Arrays.asList(milestones),
                null, null, null);
    }

    public static MeasureSpec issues(IssuesMode mode, IssuesScope scope, Double frozenTotal) {
        return new MeasureSpec(MeasureType.ISSUES, null, null, null, null, null, null, null, mode, scope, frozenTotal);
    }
}
