package dev.waypoint.keyresult;

import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.TextRules;
import dev.waypoint.shared.Weight;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link MeasureSpec} and a {@link ValueSourceSpec} into domain values, reporting every bad field. */
final class MeasureValidation {

    private static final MessageCatalog MESSAGES = KeyResultMessages.CATALOG;
    private static final String KEY = "waypoint.keyresult.measure.";

    private MeasureValidation() {
    }

    /** The measure, or {@code null} if it has problems (then added to {@code problems}). */
    static Measure measure(MeasureSpec spec, Problems problems) {
        if (!MESSAGES.require(problems, spec != null, "measure", KEY + "required")
                || !MESSAGES.require(problems, spec.type() != null, "measure.type", KEY + "type.required")) {
            return null;
        }
        return switch (spec.type()) {
            case METRIC -> metric(spec, problems);
            case THRESHOLD -> threshold(spec, problems);
            case MILESTONE -> milestone(spec, problems);
            case ISSUES -> issues(spec, problems);
        };
    }

    static ValueSource source(ValueSourceSpec spec, MeasureType measureType, Problems problems) {
        if (spec == null || spec.type() == null || spec.type() == ValueSourceType.MANUAL) {
            return ValueSource.manual();
        }
        if (measureType != null && !KeyResult.acceptsSource(measureType)) {
            MESSAGES.add(problems, "source.type", "waypoint.keyresult.source.notAllowed", measureType, spec.type());
            return null;
        }
        return switch (spec.type()) {
            case KPI -> MESSAGES.require(problems, spec.kpiId() != null, "source.kpiId",
                    "waypoint.keyresult.source.kpiId.required") ? new ValueSource.Kpi(spec.kpiId()) : null;
            case JQL -> MESSAGES.require(problems, spec.jql() != null && !spec.jql().isBlank(), "source.jql",
                    "waypoint.keyresult.source.jql.required")
                    && TextRules.optionalText(MESSAGES, problems, "source.jql", "waypoint.keyresult.source.jql",
                            spec.jql(), Limits.JQL) ? new ValueSource.Jql(spec.jql(), spec.projects()) : null;
            case MANUAL -> ValueSource.manual();
        };
    }

    private static Measure metric(MeasureSpec spec, Problems problems) {
        boolean baseline = requiredNumber(spec.baseline(), "baseline", problems);
        boolean target = requiredNumber(spec.target(), "target", problems);
        if (!baseline || !target || !MESSAGES.require(problems, !spec.baseline().equals(spec.target()),
                "measure.target", KEY + "target.equalsBaseline", spec.target())) {
            return null;
        }
        return new Measure.Metric(spec.baseline(), spec.target());
    }

    private static Measure threshold(MeasureSpec spec, Problems problems) {
        boolean ok = MESSAGES.require(problems, spec.min() != null || spec.max() != null, "measure.min",
                KEY + "min.required");
        ok &= spec.min() == null || number(spec.min(), "min", problems);
        ok &= spec.max() == null || number(spec.max(), "max", problems);
        if (ok && spec.min() != null && spec.max() != null) {
            ok = MESSAGES.require(problems, spec.min() <= spec.max(), "measure.max", KEY + "max.belowMin", spec.max(),
                    spec.min());
        }
        double tolerance = spec.tolerance() == null ? 0 : spec.tolerance();
        ok &= MESSAGES.require(problems, Measure.isAcceptedNumber(tolerance) && tolerance >= 0, "measure.tolerance",
                KEY + "tolerance.invalid", tolerance, Measure.MAX_MAGNITUDE);
        return ok ? new Measure.Threshold(spec.min(), spec.max(), tolerance,
                spec.judgement() == null ? Judgement.LATEST : spec.judgement()) : null;
    }

    private static Measure milestone(MeasureSpec spec, Problems problems) {
        List<MilestoneSpec> specs = spec.milestones() == null ? List.of() : spec.milestones();
        if (!MESSAGES.require(problems, specs.size() <= Measure.MAX_MILESTONES, "measure.milestones",
                KEY + "milestones.tooMany", Measure.MAX_MILESTONES, specs.size())) {
            return null;
        }
        List<MilestoneItem> items = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < specs.size(); i++) {
            MilestoneSpec item = specs.get(i) == null ? new MilestoneSpec(null, null) : specs.get(i);
            String field = "measure.milestones[" + i + "]";
            boolean title = TextRules.requireLine(MESSAGES, problems, field + ".title", KEY + "milestones.title",
                    item.title(), Limits.TITLE);
            double weight = item.weight() == null ? 1 : item.weight();
            boolean weightOk = MESSAGES.require(problems, Weight.isValid(weight), field + ".weight",
                    KEY + "milestones.weight.outOfRange", weight, Weight.MAX);
            ok &= title && weightOk;
            if (title && weightOk) {
                items.add(new MilestoneItem(item.title().strip(), new Weight(weight)));
            }
        }
        return ok ? new Measure.Milestone(items) : null;
    }

    private static Measure issues(MeasureSpec spec, Problems problems) {
        IssuesScope scope = spec.scope() == null ? IssuesScope.LIVE : spec.scope();
        Double total = spec.frozenTotal();
        boolean ok = total == null || MESSAGES.require(problems, scope == IssuesScope.FROZEN, "measure.frozenTotal",
                KEY + "frozenTotal.notAllowed", total)
                && MESSAGES.require(problems, Measure.isAcceptedNumber(total) && total > 0, "measure.frozenTotal",
                        KEY + "frozenTotal.invalid", total, Measure.MAX_MAGNITUDE);
        return ok ? new Measure.Issues(spec.mode() == null ? IssuesMode.COUNT : spec.mode(), scope, total) : null;
    }

    private static boolean requiredNumber(Double value, String name, Problems problems) {
        return MESSAGES.require(problems, value != null, "measure." + name, KEY + name + ".required")
                && number(value, name, problems);
    }

    private static boolean number(double value, String name, Problems problems) {
        return MESSAGES.require(problems, Measure.isAcceptedNumber(value), "measure." + name, KEY + name + ".invalid",
                value, Measure.MAX_MAGNITUDE);
    }
}
