package dev.waypoint.refresh;

import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.kpi.Retention;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One run of the refresh job (DESIGN §4 "Refresh job"), what the jira-plugin's scheduler job runner calls
 * (registered with {@code SchedulerService}, {@code RunMode.RUN_ONCE_PER_CLUSTER}). Within the time budget it
 * refreshes the due KPIs (composites after their children), then the due automatic key results (so KPI-bound key
 * results take the fresh values), then once a day compacts KPI values by the admin's {@link Retention} rule.
 * Whatever is not reached waits for the next run. A failure of one item never stops the others, and a failure of a
 * whole stage (e.g. storage down) does not stop the next stage.
 */
public final class RefreshJob {

    /** The claim of a day's compaction of KPI values ({@link RefreshClaims}). */
    public static final String COMPACTION_CLAIM = "compaction";

    private final KpiRefresher kpis;
    private final KeyResultRefresher keyResults;
    private final KpiValueRepository values;
    private final RefreshSettingsSource settings;
    private final Clock clock;
    private final RefreshClaims claims;

    public RefreshJob(KpiRefresher kpis, KeyResultRefresher keyResults, KpiValueRepository values,
            RefreshClaims claims, RefreshSettingsSource settings, Clock clock) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
        this.claims = Objects.requireNonNull(claims, "'claims' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    public RefreshReport run(Duration budgetLimit) {
        Instant started = clock.instant();
        RefreshBudget budget = new RefreshBudget(clock, budgetLimit);
        RefreshSettings current = settings.current();
        List<String> stageFailures = new ArrayList<>();
        KpiRefreshOutcome kpiOutcome = new KpiRefreshOutcome(List.of(), Map.of(), List.of());
        try {
            kpiOutcome = kpis.refresh(budget, started, current);
        } catch (RuntimeException e) {
            stageFailures.add("kpis: " + KpiRefresher.describe(e));
        }
        KeyResultRefreshOutcome keyResultOutcome = KeyResultRefreshOutcome.NONE;
        try {
            keyResultOutcome = keyResults.refresh(budget, started, clock.getZone(), current);
        } catch (RuntimeException e) {
            stageFailures.add("keyResults: " + KpiRefresher.describe(e));
        }
        int compacted = 0;
        try {
            compacted = compactOncePerDay(budget, started, current.retention());
        } catch (RuntimeException e) {
            stageFailures.add("compaction: " + KpiRefresher.describe(e));
        }
        return new RefreshReport(started, clock.instant(), kpiOutcome, keyResultOutcome, compacted, stageFailures);
    }

    /**
     * Compacts at the first run of each day on any node: the day's claim {@value #COMPACTION_CLAIM} is held until the
     * next midnight, so the nodes of a cluster, which take turns running the job, compact once a day between them. A
     * compaction that fails is tried again the next day.
     */
    private int compactOncePerDay(RefreshBudget budget, Instant now, Retention retention) {
        if (budget.isUsedUp()) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Instant nextDay = today.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        if (!claims.claim(COMPACTION_CLAIM, today.toEpochDay(), now, Duration.between(now, nextDay))) {
            return 0;
        }
        return values.compact(retention, now, clock.getZone());
    }
}
