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

/**
 * Evaluates one automatic key result at once (issue 13, "progress at once"): after issues are linked or unlinked,
 * after a key result bound to a KPI or a JQL count is created or changed, and on its "refresh now". It is evaluated
 * exactly as the refresh job would ({@link KeyResultRefresher#refreshOne}: its queries run as its owner, bounded by the
 * linked-issue cap) and stored as today's REFRESH check-in with its status. Like {@link RefreshNow} for KPIs, a key
 * result evaluated here less than {@link #MIN_INTERVAL} ago with the same inputs (its definition's version, its linked
 * issues and its KPI's latest value) is not evaluated again, so a held-down button or a script cannot turn Jira's
 * search into a loop; changed inputs are evaluated at once. What was evaluated when is kept in the database, not in
 * node memory: a {@link RefreshClaims} claim {@code kr:<id>} held for the interval, whose generation is the inputs, so
 * that every node of a cluster agrees; a request that finds the claim held answers the stored status. Only key results the job would evaluate are: automatic ones of live
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
    private final RefreshClaims claims;
    private final KeyResultRefreshStatusRepository statuses;
    private final RefreshSettingsSource settings;
    private final Clock clock;

    public KeyResultRefreshNow(KeyResultRefresher refresher, KeyResultInputs inputs, RefreshClaims claims,
            KeyResultRefreshStatusRepository statuses, RefreshSettingsSource settings, Clock clock) {
        this.refresher = Objects.requireNonNull(refresher, "'refresher' must not be null");
        this.inputs = Objects.requireNonNull(inputs, "'inputs' must not be null");
        this.claims = Objects.requireNonNull(claims, "'claims' must not be null");
        this.statuses = Objects.requireNonNull(statuses, "'statuses' must not be null");
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
        String claim = claimName(keyResult.id());
        long generation = now.hashCode(); // changed inputs are another generation: evaluated at once
        if (!claims.claim(claim, generation, at, MIN_INTERVAL)) {
            KeyResultRefreshStatus last = statuses.findByKeyResultIds(List.of(keyResult.id())).get(keyResult.id());
            return new Outcome(Result.RECENT, last == null ? null : last.at(), last == null ? null : last.error());
        }
        KpiError error;
        try {
            error = refresher.refreshOne(target, loaded, at, clock.getZone(), settings.current());
        } catch (RuntimeException e) {
            claims.release(claim, generation); // nothing was stored: the next request may try again at once
            throw e;
        }
        return new Outcome(Result.EVALUATED, at, error);
    }

    /** The claim an evaluation of the key result takes. */
    public static String claimName(KeyResultId id) {
        return "kr:" + id.value();
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
}
