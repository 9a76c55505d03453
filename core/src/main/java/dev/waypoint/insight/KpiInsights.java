package dev.waypoint.insight;

import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiHealth;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiTargetChange;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.shared.Limits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The KPI insights: "KPI needs an OKR", "target raised without an OKR", and the KPI data-quality warnings (query
 * error, ratio denominator 0). Pure.
 */
final class KpiInsights {

    private KpiInsights() {
    }

    /**
     * A KPI needs an OKR when it has been unhealthy (RED, or AMBER too when {@code amberNeedsOkr}) for at least
     * {@code unhealthyDays} and no ACTIVE objective is aligned to it. "For N days" means: the latest numeric value at
     * or before {@code now - N days} is unhealthy, and so is every numeric value after it (error values are ignored).
     */
    static List<Insight> needsOkr(SnapshotIndex index, InsightSettings settings) {
        Instant since = index.snapshot().now().minus(Duration.ofDays(settings.unhealthyDays()));
        List<Insight> insights = new ArrayList<>();
        for (Kpi kpi : index.snapshot().kpis()) {
            List<KpiValue> numeric = numericValues(index, kpi.id());
            Optional<KpiValue> streakStart = numeric.stream().filter(v -> !v.at().isAfter(since))
                    .reduce((first, second) -> second);
            boolean unhealthy = streakStart.isPresent() && numeric.stream()
                    .filter(v -> !v.at().isBefore(streakStart.get().at()))
                    .allMatch(v -> KpiHealth.of(kpi.bands(), v.value()).isUnhealthy(settings.amberNeedsOkr()));
            if (unhealthy && !index.hasActiveAlignedObjective(kpi.id())) {
                KpiValue current = numeric.get(numeric.size() - 1);
                Health health = KpiHealth.of(kpi.bands(), current.value());
                insights.add(Insight.of(InsightType.KPI_NEEDS_OKR, List.of(kpi.id()), List.of(), List.of(),
                        draft(kpi, current.value()), "waypoint.insight.kpiNeedsOkr", kpi.name(), health,
                        settings.unhealthyDays()));
            }
        }
        return insights;
    }

    /** The prefilled OKR: METRIC key result, baseline = current value, target = KPI target, source = the KPI. */
    static InsightProposal.OkrDraft draft(Kpi kpi, double current) {
        String title = InsightMessages.CATALOG.format("waypoint.insight.kpiNeedsOkr.objectiveTitle", kpi.name());
        return new InsightProposal.OkrDraft(cut(title), kpi.name(), kpi.owner(), kpi.project(),
                new Measure.Metric(current, kpi.target()), new ValueSource.Kpi(kpi.id()), kpi.unit());
    }

    /**
     * The latest target change of each KPI within {@code targetChangeDays} that made the target more ambitious, while
     * no ACTIVE objective is aligned to the KPI; proposes "Create an OKR to reach the raised target"
     * ({@link #reachDraft}).
     */
    static List<Insight> targetRaised(SnapshotIndex index, InsightSettings settings) {
        Instant since = index.snapshot().now().minus(Duration.ofDays(settings.targetChangeDays()));
        Map<KpiId, Kpi> kpis = index.snapshot().kpis().stream()
                .collect(Collectors.toMap(Kpi::id, Function.identity()));
        Map<KpiId, KpiTargetChange> latest = index.snapshot().targetChanges().stream()
                .filter(c -> !c.at().isBefore(since) && kpis.containsKey(c.kpiId()))
                .collect(Collectors.toMap(KpiTargetChange::kpiId, Function.identity(),
                        (a, b) -> a.at().isAfter(b.at()) ? a : b));
        return latest.values().stream()
                .filter(c -> c.isMoreAmbitious() && !index.hasActiveAlignedObjective(c.kpiId()))
                .sorted(Comparator.comparingLong(c -> c.kpiId().value()))
                .map(c -> Insight.of(InsightType.TARGET_RAISED_WITHOUT_OKR, List.of(c.kpiId()), List.of(), List.of(),
                        reachDraft(kpis.get(c.kpiId()), c, numericValues(index, c.kpiId())),
                        "waypoint.insight.targetRaised", kpis.get(c.kpiId()).name(), c.oldTarget(), c.newTarget()))
                .toList();
    }

    /**
     * "Create an OKR to reach the raised target" (seed 001): an objective with one METRIC key result from the KPI's
     * current value (the old target when it has none) to the new target, measured by the KPI; none when the KPI is
     * already exactly at the new target (a METRIC needs baseline and target to differ).
     */
    static InsightProposal.OkrDraft reachDraft(Kpi kpi, KpiTargetChange change, List<KpiValue> numeric) {
        double baseline = numeric.isEmpty() ? change.oldTarget() : numeric.get(numeric.size() - 1).value();
        if (baseline == change.newTarget()) {
            return null;
        }
        String title = InsightMessages.CATALOG.format("waypoint.insight.targetRaised.objectiveTitle", kpi.name());
        return new InsightProposal.OkrDraft(cut(title), kpi.name(), kpi.owner(), kpi.project(),
                new Measure.Metric(baseline, change.newTarget()), new ValueSource.Kpi(kpi.id()), kpi.unit());
    }

    /** KPIs whose latest value is a query error, or a ratio with denominator 0. */
    static List<Insight> dataQuality(SnapshotIndex index) {
        List<Insight> insights = new ArrayList<>();
        for (Kpi kpi : index.snapshot().kpis()) {
            Optional<KpiValue> latest = index.snapshot().kpiValues().getOrDefault(kpi.id(), List.of()).stream()
                    .max(Comparator.comparing(KpiValue::at));
            if (latest.isEmpty() || !latest.get().isError()) {
                continue;
            }
            KpiErrorCode code = latest.get().error().code();
            if (code == KpiErrorCode.SEARCH_FAILED) {
                insights.add(Insight.of(InsightType.JQL_ERROR, List.of(kpi.id()), List.of(), List.of(), null,
                        "waypoint.insight.jqlError.kpi", kpi.name(), latest.get().error().detail()));
            } else if (code == KpiErrorCode.DENOMINATOR_ZERO) {
                insights.add(Insight.of(InsightType.DENOMINATOR_ZERO, List.of(kpi.id()), List.of(), List.of(), null,
                        "waypoint.insight.denominatorZero", kpi.name()));
            }
        }
        return insights;
    }

    private static List<KpiValue> numericValues(SnapshotIndex index, KpiId id) {
        return index.snapshot().kpiValues().getOrDefault(id, List.of()).stream()
                .filter(v -> v.value() != null)
                .sorted(Comparator.comparing(KpiValue::at))
                .toList();
    }

    static String cut(String text) {
        return text.length() <= Limits.TITLE ? text : text.substring(0, Limits.TITLE - 1) + "…";
    }
}
