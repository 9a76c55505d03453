package dev.waypoint.preview.wiring;

import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import java.util.Objects;

/**
 * The preview's KPI storage, together (the sibling of {@link OkrStorage}): core's ports on AO, for the
 * sample data and its checks.
 */
public record KpiStorage(
        KpiRepository kpis,
        KpiValueRepository values,
        KpiAlignmentRepository alignments,
        KpiTargetChangeRepository targetChanges,
        KeyResultRefreshStatusRepository keyResultStatuses) {

    public KpiStorage {
        Objects.requireNonNull(kpis, "'kpis' must not be null");
        Objects.requireNonNull(values, "'values' must not be null");
        Objects.requireNonNull(alignments, "'alignments' must not be null");
        Objects.requireNonNull(targetChanges, "'targetChanges' must not be null");
        Objects.requireNonNull(keyResultStatuses, "'keyResultStatuses' must not be null");
    }
}
