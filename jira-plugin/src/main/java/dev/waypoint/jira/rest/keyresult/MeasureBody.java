package dev.waypoint.jira.rest.keyresult;

import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.Judgement;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.MeasureSpec;
import dev.waypoint.keyresult.MeasureType;
import dev.waypoint.keyresult.MilestoneSpec;
import java.util.List;

/**
 * How a key result is measured (DESIGN §3), flat: only the fields of its {@code type} are read and written, the others
 * are {@code null}. Errors name {@code measure.<field>}, e.g. {@code measure.target} or
 * {@code measure.milestones[2].title}.
 *
 * @param type       required: METRIC, THRESHOLD, MILESTONE or ISSUES
 * @param baseline   METRIC: the starting value
 * @param target     METRIC: the value to reach (below the baseline: a decrease); must differ from the baseline
 * @param min        THRESHOLD: keep at or above (optional if max is given)
 * @param max        THRESHOLD: keep at or below (optional if min is given)
 * @param tolerance  THRESHOLD: distance outside the band at which the score reaches 0; default 0 (pass / fail)
 * @param judgement  THRESHOLD: LATEST (default), AVERAGE or WORST value of the cycle
 * @param milestones MILESTONE: optional checklist of weighted milestones (at most 50)
 * @param mode       ISSUES: COUNT (default), STORY_POINTS, TIME or STATUS_CATEGORY
 * @param scope      ISSUES: LIVE (default) or FROZEN
 * @param frozenTotal ISSUES with FROZEN: the fixed denominator
 */
public record MeasureBody(MeasureType type, Double baseline, Double target, Double min, Double max, Double tolerance,
        Judgement judgement, List<Milestone> milestones, IssuesMode mode, IssuesScope scope, Double frozenTotal) {

    /** @param weight optional, &gt; 0, default 1 */
    public record Milestone(String title, Double weight) {
    }

    MeasureSpec toSpec() {
        List<MilestoneSpec> specs = milestones == null ? null : milestones.stream()
                .map(m -> m == null ? new MilestoneSpec(null, null) : new MilestoneSpec(m.title(), m.weight()))
                .toList();
        return new MeasureSpec(type, baseline, target, min, max, tolerance, judgement, specs, mode, scope,
                frozenTotal);
    }

    public static MeasureBody of(Measure measure) {
        return switch (measure) {
            case Measure.Metric m -> new MeasureBody(MeasureType.METRIC, m.baseline(), m.target(), null, null, null,
                    null, null, null, null, null);
            case Measure.Threshold t -> new MeasureBody(MeasureType.THRESHOLD, null, null, t.min(), t.max(),
                    t.tolerance(), t.judgement(), null, null, null, null);
            case Measure.Milestone m -> new MeasureBody(MeasureType.MILESTONE, null, null, null, null, null, null,
                    m.items().stream().map(i -> new Milestone(i.title(), i.weight().value())).toList(), null, null,
                    null);
            case Measure.Issues i -> new MeasureBody(MeasureType.ISSUES, null, null, null, null, null, null, null,
                    i.mode(), i.scope(), i.frozenTotal());
        };
    }
}
