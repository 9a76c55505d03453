package dev.waypoint.app.kpi;

import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDependents;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Transactions;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Deletes a KPI with its values, alignments and target history, in one transaction, unless other KPIs depend on it
 * ({@link KpiDependents}, 409). It spans the KPI and alignment areas, so it lives with the use cases.
 */
public final class KpiDeletion {

    private final KpiRepository kpis;
    private final KpiValueRepository values;
    private final KpiAlignmentRepository alignments;
    private final KpiTargetChangeRepository targetChanges;
    private final Transactions transactions;

    public KpiDeletion(KpiRepository kpis, KpiValueRepository values, KpiAlignmentRepository alignments,
            KpiTargetChangeRepository targetChanges, Transactions transactions) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
        this.targetChanges = Objects.requireNonNull(targetChanges, "'targetChanges' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    /**
     * @throws NotFoundException if there is no such KPI
     * @throws ConflictException if other KPIs depend on it
     */
    public void delete(KpiId id) {
        List<Kpi> every = kpis.findAll();
        Kpi kpi = every.stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("KPI", id));
        delete(kpi, every);
    }

    /**
     * Deletes {@code kpi}, read by the caller with every stored KPI ({@code every}, for the KPIs depending on it).
     *
     * @throws ConflictException if other KPIs depend on it
     */
    public void delete(Kpi kpi, Collection<Kpi> every) {
        KpiDependents.requireNone(kpi, every);
        KpiId id = kpi.id();
        transactions.run(() -> {
            values.deleteByKpiId(id);
            alignments.deleteByKpiId(id);
            targetChanges.deleteByKpiId(id);
            kpis.delete(id);
        });
    }
}
