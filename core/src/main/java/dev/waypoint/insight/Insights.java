package dev.waypoint.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every insight of DESIGN §3 over a snapshot, the entry point for the REST resource and the project page. Pure: the
 * same snapshot and settings always give the same insights, ordered by type (in {@link InsightType} order), then in
 * the order each rule finds them (KPIs and key results by id).
 */
public final class Insights {

    private Insights() {
    }

    public static List<Insight> compute(InsightSnapshot snapshot, InsightSettings settings) {
        Objects.requireNonNull(snapshot, "'snapshot' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        SnapshotIndex index = new SnapshotIndex(snapshot);
        List<Insight> insights = new ArrayList<>();
        insights.addAll(KpiInsights.needsOkr(index, settings));
        insights.addAll(BusinessAsUsual.of(index, settings));
        insights.addAll(KpiInsights.targetRaised(index, settings));
        insights.addAll(OkrDataQuality.of(index, settings));
        insights.addAll(KpiInsights.dataQuality(index));
        insights.sort(Comparator.comparing(Insight::type));
        return List.copyOf(insights);
    }
}
