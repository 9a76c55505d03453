package dev.waypoint.refresh;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Refreshes the due KPIs ({@link DueKpis}) until the time budget is used up. Each KPI gets a value or an error value;
 * a failure of one KPI, even an unexpected exception from an adapter or from storage, never stops the others. Reads
 * are two repository calls per run (all KPIs, their latest values), whatever the number of KPIs.
 */
public final class KpiRefresher {

    private final KpiRepository kpis;
    private final KpiValueRepository values;
    private final KpiEvaluator evaluator;

    public KpiRefresher(KpiRepository kpis, KpiValueRepository values, KpiEvaluator evaluator) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
        this.evaluator = Objects.requireNonNull(evaluator, "'evaluator' must not be null");
    }

    public KpiRefreshOutcome refresh(RefreshBudget budget, Instant now, RefreshSettings settings) {
        List<Kpi> all = kpis.findAll();
        Map<KpiId, KpiValue> latest = new HashMap<>(values.findLatest(all.stream().map(Kpi::id).toList()));
        List<Kpi> due = DueKpis.select(all, latest, now);
        List<KpiId> refreshed = new ArrayList<>();
        Map<KpiId, KpiError> failed = new LinkedHashMap<>();
        for (int i = 0; i < due.size(); i++) {
            if (budget.isUsedUp()) {
                return new KpiRefreshOutcome(refreshed, failed, due.subList(i, due.size()).stream().map(Kpi::id)
                        .toList());
            }
            Kpi kpi = due.get(i);
            KpiValue value = evaluate(kpi, budget.now(), latest, settings);
            try {
                values.append(value);
                latest.put(kpi.id(), value);
                if (value.isError()) {
                    failed.put(kpi.id(), value.error());
                } else {
                    refreshed.add(kpi.id());
                }
            } catch (RuntimeException storageFailure) {
                failed.put(kpi.id(), KpiError.of(KpiErrorCode.INTERNAL, describe(storageFailure)));
            }
        }
        return new KpiRefreshOutcome(refreshed, failed, List.of());
    }

    /**
     * Evaluates one KPI now, as a run would (a composite combines its children's latest values), and stores the
     * value, or an error value when the evaluation fails. For "refresh now"; the caller checked permissions.
     */
    public KpiValue refreshOne(Kpi kpi, Instant now, RefreshSettings settings) {
        Map<KpiId, KpiValue> latest = kpi.compositeChildren().isEmpty() ? Map.of()
                : values.findLatest(kpi.compositeChildren());
        return values.append(evaluate(kpi, now, latest, settings));
    }

    private KpiValue evaluate(Kpi kpi, Instant at, Map<KpiId, KpiValue> latest, RefreshSettings settings) {
        try {
            return evaluator.evaluate(kpi, at, latest, settings);
        } catch (RuntimeException unexpected) {
            return KpiValue.failed(kpi.id(), at, KpiErrorCode.INTERNAL, describe(unexpected));
        }
    }

    static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
                + e.getMessage();
    }
}
