package dev.waypoint.refresh;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Refreshes the due automatic key results until the time budget is used up. A key result is due when it has no
 * refresh status yet or its latest one is at least {@link RefreshSettings#keyResultRefreshMinutes()} old; never
 * refreshed ones come first, then the longest waiting. A value is stored as a REFRESH check-in of today (replacing
 * today's previous one); every key result also gets a status (time, error, unestimated issues). One failing key
 * result never stops the others.
 */
public final class KeyResultRefresher {

    private final RefreshableKeyResults targets;
    private final KeyResultRefreshStatusRepository statuses;
    private final KeyResultInputs inputs;
    private final KeyResultEvaluator evaluator;
    private final CheckInRepository checkIns;

    public KeyResultRefresher(RefreshableKeyResults targets, KeyResultRefreshStatusRepository statuses,
            KeyResultInputs inputs, KeyResultEvaluator evaluator, CheckInRepository checkIns) {
        this.targets = Objects.requireNonNull(targets, "'targets' must not be null");
        this.statuses = Objects.requireNonNull(statuses, "'statuses' must not be null");
        this.inputs = Objects.requireNonNull(inputs, "'inputs' must not be null");
        this.evaluator = Objects.requireNonNull(evaluator, "'evaluator' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
    }

    public KeyResultRefreshOutcome refresh(RefreshBudget budget, Instant now, ZoneId zone, RefreshSettings settings) {
        if (budget.isUsedUp()) {
            return KeyResultRefreshOutcome.NONE;
        }
        List<RefreshableKeyResult> all = targets.findAll();
        Map<KeyResultId, KeyResultRefreshStatus> previous = statuses.findByKeyResultIds(
                all.stream().map(t -> t.keyResult().id()).toList());
        Duration interval = Duration.ofMinutes(settings.keyResultRefreshMinutes());
        List<RefreshableKeyResult> due = all.stream()
                .filter(t -> isDue(previous.get(t.keyResult().id()), interval, now))
                .sorted(priority(previous))
                .toList();
        KeyResultInputs.Loaded loaded = inputs.load(due);
        List<KeyResultId> refreshed = new ArrayList<>();
        Map<KeyResultId, KpiError> failed = new LinkedHashMap<>();
        for (int i = 0; i < due.size(); i++) {
            if (budget.isUsedUp()) {
                return new KeyResultRefreshOutcome(refreshed, failed,
                        due.subList(i, due.size()).stream().map(t -> t.keyResult().id()).toList());
            }
            RefreshableKeyResult target = due.get(i);
            KeyResultId id = target.keyResult().id();
            KpiError error = refreshOne(target, loaded, budget.now(), zone, settings);
            if (error == null) {
                refreshed.add(id);
            } else {
                failed.put(id, error);
            }
        }
        return new KeyResultRefreshOutcome(refreshed, failed, List.of());
    }

    /**
     * Evaluates and stores one key result at once, as a run would, with its own inputs (one read of its linked issues
     * or its KPI's latest value): for "refresh now" and after a change that moves its value. Returns its error, or
     * {@code null}; never throws for a failing search or storage (the error is stored as its status).
     */
    public KpiError refreshOne(RefreshableKeyResult target, Instant at, ZoneId zone, RefreshSettings settings) {
        return refreshOne(target, inputs.load(List.of(target)), at, zone, settings);
    }

    /** Evaluates and stores one key result; returns its error, or {@code null}. */
    KpiError refreshOne(RefreshableKeyResult target, KeyResultInputs.Loaded loaded, Instant at, ZoneId zone,
            RefreshSettings settings) {
        KeyResultId id = target.keyResult().id();
        try {
            KeyResultOutcome outcome = evaluator.evaluate(target, loaded.linkedTo(id), loaded.kpiValues(), settings);
            if (outcome.error() == null) {
                checkIns.recordRefreshed(CheckIn.refreshed(id, outcome.value(), at, LocalDate.ofInstant(at, zone)));
            }
            statuses.save(new KeyResultRefreshStatus(id, at, outcome.error(), outcome.unestimatedIssues(),
                    outcome.projects()));
            return outcome.error();
        } catch (RuntimeException unexpected) {
            KpiError error = KpiError.of(KpiErrorCode.INTERNAL, KpiRefresher.describe(unexpected));
            try {
                statuses.save(new KeyResultRefreshStatus(id, at, error, 0));
            } catch (RuntimeException ignored) {
                // storage is failing too; the error is still reported in the run's outcome
            }
            return error;
        }
    }

    private static boolean isDue(KeyResultRefreshStatus status, Duration interval, Instant now) {
        return status == null || !status.at().plus(interval).isAfter(now);
    }

    private static Comparator<RefreshableKeyResult> priority(Map<KeyResultId, KeyResultRefreshStatus> previous) {
        return Comparator.comparing((RefreshableKeyResult t) -> previous.containsKey(t.keyResult().id()))
                .thenComparing(t -> previous.containsKey(t.keyResult().id())
                        ? previous.get(t.keyResult().id()).at() : Instant.MIN)
                .thenComparingLong(t -> t.keyResult().id().value());
    }
}
