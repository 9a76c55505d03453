package dev.waypoint.insight;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * "Business as usual" (seed 001: "you end up with pretty much the same OKRs each quarter"): a current key result that
 * has a match in each of the previous two cycles. Pure.
 *
 * <ul>
 *   <li>Previous cycles of a cycle C: the two latest cycles that end before C starts and have a similar length (within
 *       20 % of C's days), so a quarter is compared with quarters, a year with years.</li>
 *   <li>A match: a key result of an objective of the same project (or both company-wide) that is bound to the same
 *       KPI, or counts the same JQL (whitespace and case ignored), or has a near-identical title
 *       ({@link TitleSimilarity}).</li>
 * </ul>
 * The proposal converts the key result into a KPI: the KPI it is bound to, or a definition with its title, unit,
 * direction and target (METRIC: from baseline and target; THRESHOLD: the lower bound if any, else the upper one) and
 * source (JQL count for a JQL key result, otherwise MANUAL).
 */
final class BusinessAsUsual {

    static final int PREVIOUS_CYCLES = 2;
    private static final double SIMILAR_LENGTH = 0.2;

    private BusinessAsUsual() {
    }

    static List<Insight> of(SnapshotIndex index, InsightSettings settings) {
        List<Insight> insights = new ArrayList<>();
        for (KeyResult keyResult : index.currentKeyResults()) {
            Objective objective = index.objective(keyResult.objectiveId()).orElseThrow();
            Cycle cycle = index.cycle(objective.cycleId()).orElseThrow();
            List<Cycle> previous = previousCycles(index.snapshot().cycles(), cycle);
            if (previous.size() < PREVIOUS_CYCLES) {
                continue;
            }
            List<KeyResult> matches = new ArrayList<>();
            for (Cycle earlier : previous) {
                match(index, keyResult, objective, earlier, settings.titleSimilarity()).ifPresent(matches::add);
            }
            if (matches.size() == PREVIOUS_CYCLES) {
                List<KeyResult> involved = new ArrayList<>(List.of(keyResult));
                involved.addAll(matches);
                List<KeyResultId> ids = involved.stream().map(KeyResult::id).toList();
                List<ObjectiveId> objectiveIds = involved.stream().map(KeyResult::objectiveId).distinct().toList();
                insights.add(Insight.of(InsightType.BUSINESS_AS_USUAL, List.of(), objectiveIds, ids,
                        conversion(ids, keyResult, objective), "waypoint.insight.businessAsUsual", keyResult.title(),
                        PREVIOUS_CYCLES));
            }
        }
        return insights;
    }

    static List<Cycle> previousCycles(List<Cycle> cycles, Cycle current) {
        long days = current.lengthInDays();
        return cycles.stream()
                .filter(c -> c.end().isBefore(current.start()))
                .filter(c -> Math.abs(c.lengthInDays() - days) <= SIMILAR_LENGTH * days)
                .sorted(Comparator.comparing(Cycle::end).reversed())
                .limit(PREVIOUS_CYCLES)
                .toList();
    }

    static boolean sameMeasurement(KeyResult a, KeyResult b, double titleSimilarity) {
        if (a.source() instanceof ValueSource.Kpi ka && b.source() instanceof ValueSource.Kpi kb) {
            return ka.kpiId().equals(kb.kpiId());
        }
        if (a.source() instanceof ValueSource.Jql ja && b.source() instanceof ValueSource.Jql jb
                && normalJql(ja.jql()).equals(normalJql(jb.jql()))) {
            return true;
        }
        return TitleSimilarity.isNearIdentical(a.title(), b.title(), titleSimilarity);
    }

    private static Optional<KeyResult> match(SnapshotIndex index, KeyResult keyResult, Objective objective,
            Cycle earlier, double titleSimilarity) {
        return index.snapshot().keyResults().stream()
                .filter(other -> index.objective(other.objectiveId())
                        .filter(o -> o.cycleId().equals(earlier.id()) && Objects.equals(o.project(),
                                objective.project()))
                        .isPresent())
                .filter(other -> sameMeasurement(keyResult, other, titleSimilarity))
                .min(Comparator.comparingLong(kr -> kr.id().value()));
    }

    private static InsightProposal.KpiConversion conversion(List<KeyResultId> ids, KeyResult keyResult,
            Objective objective) {
        if (keyResult.source() instanceof ValueSource.Kpi kpi) {
            return new InsightProposal.KpiConversion(ids, kpi.kpiId(), null);
        }
        KpiDirection direction = null;
        Double target = null;
        if (keyResult.measure() instanceof Measure.Metric metric) {
            direction = metric.isIncrease() ? KpiDirection.HIGHER_IS_BETTER : KpiDirection.LOWER_IS_BETTER;
            target = metric.target();
        } else if (keyResult.measure() instanceof Measure.Threshold threshold) {
            direction = threshold.min() != null ? KpiDirection.HIGHER_IS_BETTER : KpiDirection.LOWER_IS_BETTER;
            target = threshold.min() != null ? threshold.min() : threshold.max();
        }
        KpiSource source = keyResult.source() instanceof ValueSource.Jql jql
                ? new KpiSource.JqlCount(jql.jql()) : new KpiSource.Manual();
        return new InsightProposal.KpiConversion(ids, null, new KpiDefinition(keyResult.title(), null,
                keyResult.unit(), KpiFormat.NUMBER, direction, target, null,
                keyResult.owner() != null ? keyResult.owner() : objective.owner(), objective.project(), null, null,
                source));
    }

    private static String normalJql(String jql) {
        return jql.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
