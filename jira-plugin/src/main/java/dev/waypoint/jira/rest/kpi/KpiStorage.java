package dev.waypoint.jira.rest.kpi;

import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import jakarta.inject.Inject;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Core's KPI storage ports, together (the sibling of {@code OkrStorage}): the AO repositories in Jira and the
 * preview, in-memory fakes in tests. The read models (insights, dashboard items) read several of them in bulk.
 */
@Component
public record KpiStorage(
        KpiRepository kpis,
        KpiValueRepository values,
        KpiAlignmentRepository alignments,
        KpiTargetChangeRepository targetChanges,
        KeyResultRefreshStatusRepository keyResultStatuses) {

    @Inject
    public KpiStorage {
        Objects.requireNonNull(kpis, "'kpis' must not be null");
        Objects.requireNonNull(values, "'values' must not be null");
        Objects.requireNonNull(alignments, "'alignments' must not be null");
        Objects.requireNonNull(targetChanges, "'targetChanges' must not be null");
        Objects.requireNonNull(keyResultStatuses, "'keyResultStatuses' must not be null");
    }
}
