package dev.waypoint.refresh;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Evaluates one automatic key result at once (issue 13, "progress at once"): after issues are linked or unlinked,
 * after a key result bound to a KPI or a JQL count is created or changed, and on its "refresh now". It is evaluated
 * exactly as the refresh job would ({@link KeyResultRefresher#refreshOne}: its queries run as its owner, bounded by the
 * linked-issue cap) and stored as today's REFRESH check-in with its status. Like {@link RefreshNow} for KPIs, a key
 * result evaluated here less than {@link #MIN_INTERVAL} ago with the same inputs (its definition's version, its linked
 * issues and its KPI's latest value) is not evaluated again, so a held-down button or a script cannot turn Jira's
 * search into a loop; changed inputs are evaluated at once. The memory is per node and holds at most one entry per key
 * result evaluated in the last interval. Only key results the job would evaluate are: automatic ones of live
 * objectives in cycles that have started and are not closed. Never called while a page renders.
 */
public final class KeyResultRefreshNow {

    /** The shortest time between two evaluations of the same key result with the same inputs. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    /** What "refresh now" did. */
    public enum Result {
        /** Evaluated now; the value (or the error) is stored. */
        EVALUATED,
        /** Evaluated less than a minute ago with the same inputs; that value stands. */
        RECENT,
        /** Not evaluated: not automatic, or its cycle has not started or is closed, or its objective is not live. */
        NOT_REFRESHED
    }

    /** The outcome: what happened, when the value that stands was evaluated, and its error ({@code null} if none). */
    public record Outcome(Result result, Instant at, KpiError error) {

        public Outcome {
            Objects.requireNonNull(result, "'result' must not be null");
        }
    }

    private final KeyResultRefresher refresher;
    private final KeyResultInputs inputs;
    private final RefreshSettingsSource settings;
    private final Clock clock;
    private final ConcurrentMap<KeyResultId, Recent> recent = new ConcurrentHashMap<>();

    public KeyResultRefreshNow(KeyResultRefresher refresher, KeyResultInputs inputs, RefreshSettingsSource settings,
            Clock clock) {
        this.refresher = Objects.requireNonNull(refresher, "'refresher' must not be null");
        this.inputs = Objects.requireNonNull(inputs, "'inputs' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /** Whether the key result would be evaluated today (automatic, live objective, cycle started and not closed). */
    public boolean refreshes(KeyResult keyResult, Objective objective, Cycle cycle) {
        return refreshes(keyResult, objective, cycle, LocalDate.now(clock));
    }

    /** Whether the key result would be evaluated on {@code today}: the rule the UI offers "refresh now" by. */
    public static boolean refreshes(KeyResult keyResult, Objective objective, Cycle cycle, LocalDate today) {
        return RefreshableKeyResult.isAutomatic(keyResult) && !cycle.isClosed() && !today.isBefore(cycle.start())
                && (objective.state() == ObjectiveState.ACTIVE || objective.state() == ObjectiveState.DRAFT);
    }

    /** Evaluates the key result now, unless it was with the same inputs in the last minute (the caller checked access). */
    public Outcome refresh(KeyResult keyResult, Objective objective, Cycle cycle) {
        if (!refreshes(keyResult, objective, cycle)) {
            return new Outcome(Result.NOT_REFRESHED, null, null);
        }
        RefreshableKeyResult target = RefreshableKeyResult.of(keyResult, objective);
        KeyResultInputs.Loaded loaded = inputs.load(List.of(target));
        Inputs now = new Inputs(keyResult.version(), loaded.linkedTo(keyResult.id()).stream()
                .sorted(Comparator.comparingLong(IssueId::value)).distinct().toList(), kpiValueAt(keyResult, loaded));
        Instant at = clock.instant();
        Instant oldestReused = at.minus(MIN_INTERVAL);
        Recent last = recent.get(keyResult.id());
        if (last != null && last.inputs().equals(now) && last.at().isAfter(oldestReused)) {
            return new Outcome(Result.RECENT, last.at(), last.error());
        }
        KpiError error = refresher.refreshOne(target, loaded, at, clock.getZone(), settings.current());
        recent.values().removeIf(r -> !r.at().isAfter(oldestReused));
        recent.put(keyResult.id(), new Recent(now, at, error));
        return new Outcome(Result.EVALUATED, at, error);
    }

    private static Instant kpiValueAt(KeyResult keyResult, KeyResultInputs.Loaded loaded) {
        if (keyResult.source() instanceof ValueSource.Kpi kpi) {
            KpiValue value = loaded.kpiValues().get(kpi.kpiId());
            return value == null ? null : value.at();
        }
        return null;
    }

    /** What an evaluation depends on besides the issues' own state. */
    private record Inputs(long version, List<IssueId> linked, Instant kpiValueAt) {
    }

    private record Recent(Inputs inputs, Instant at, KpiError error) {
    }
}
