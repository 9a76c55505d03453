package dev.waypoint.insight;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.objective.Objective;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SMART and data-quality warnings about the current OKRs (DRAFT or ACTIVE objectives of ACTIVE cycles, seeds 003 and
 * 004): no owner; no check-in for {@code staleCheckInDays} (key results whose values are checked in, once the cycle is
 * that old); ISSUES key results without linked issues; STORY_POINTS key results with unestimated issues; key results
 * whose query fails. Pure.
 *
 * <p>"METRIC without target" of DESIGN §3 cannot occur: {@code Measure.Metric} requires a target different from the
 * baseline, so such input is refused when the key result is saved.
 */
final class OkrDataQuality {

    private OkrDataQuality() {
    }

    static List<Insight> of(SnapshotIndex index, InsightSettings settings) {
        List<Insight> insights = new ArrayList<>();
        for (Objective objective : index.currentObjectives()) {
            if (objective.owner() == null) {
                insights.add(Insight.of(InsightType.NO_OWNER, List.of(), List.of(objective.id()), List.of(), null,
                        "waypoint.insight.noOwner.objective", objective.title()));
            }
        }
        for (KeyResult keyResult : index.currentKeyResults()) {
            Objective objective = index.objective(keyResult.objectiveId()).orElseThrow();
            if (keyResult.owner() == null) {
                insights.add(forKeyResult(InsightType.NO_OWNER, keyResult, "waypoint.insight.noOwner.keyResult",
                        keyResult.title()));
            }
            staleCheckIn(index, settings, keyResult, objective).ifPresent(insights::add);
            issues(index, keyResult).ifPresent(insights::add);
            queryError(index, keyResult).ifPresent(insights::add);
        }
        return insights;
    }

    private static Optional<Insight> staleCheckIn(SnapshotIndex index, InsightSettings settings, KeyResult keyResult,
            Objective objective) {
        Instant now = index.snapshot().now();
        Instant staleBefore = now.minus(Duration.ofDays(settings.staleCheckInDays()));
        Optional<Cycle> cycle = index.cycle(objective.cycleId());
        boolean cycleOldEnough = cycle.isPresent() && !cycle.get().start()
                .isAfter(LocalDate.ofInstant(staleBefore, ZoneOffset.UTC));
        if (!keyResult.takesManualValues() || !cycleOldEnough) {
            return Optional.empty();
        }
        Optional<Instant> last = index.lastManualCheckIn(keyResult.id());
        if (last.isEmpty()) {
            return Optional.of(forKeyResult(InsightType.STALE_CHECK_IN, keyResult,
                    "waypoint.insight.staleCheckIn.never", keyResult.title()));
        }
        if (last.get().isBefore(staleBefore)) {
            return Optional.of(forKeyResult(InsightType.STALE_CHECK_IN, keyResult, "waypoint.insight.staleCheckIn",
                    keyResult.title(), Duration.between(last.get(), now).toDays()));
        }
        return Optional.empty();
    }

    private static Optional<Insight> issues(SnapshotIndex index, KeyResult keyResult) {
        if (!(keyResult.measure() instanceof Measure.Issues issues)) {
            return Optional.empty();
        }
        if (index.snapshot().initiativeCounts().getOrDefault(keyResult.id(), 0) == 0) {
            return Optional.of(forKeyResult(InsightType.ISSUES_WITHOUT_LINKS, keyResult,
                    "waypoint.insight.issuesWithoutLinks", keyResult.title()));
        }
        KeyResultRefreshStatus status = index.snapshot().refreshStatuses().get(keyResult.id());
        if (issues.mode() == IssuesMode.STORY_POINTS && status != null && status.unestimatedIssues() > 0) {
            return Optional.of(forKeyResult(InsightType.UNESTIMATED_ISSUES, keyResult,
                    "waypoint.insight.unestimatedIssues", keyResult.title(), status.unestimatedIssues()));
        }
        return Optional.empty();
    }

    private static Optional<Insight> queryError(SnapshotIndex index, KeyResult keyResult) {
        KeyResultRefreshStatus status = index.snapshot().refreshStatuses().get(keyResult.id());
        if (status == null || status.error() == null || status.error().code() != KpiErrorCode.SEARCH_FAILED) {
            return Optional.empty();
        }
        return Optional.of(forKeyResult(InsightType.JQL_ERROR, keyResult, "waypoint.insight.jqlError.keyResult",
                keyResult.title(), status.error().detail()));
    }

    private static Insight forKeyResult(InsightType type, KeyResult keyResult, String key, Object... args) {
        return Insight.of(type, List.of(), List.of(keyResult.objectiveId()), List.of(keyResult.id()), null, key, args);
    }
}
