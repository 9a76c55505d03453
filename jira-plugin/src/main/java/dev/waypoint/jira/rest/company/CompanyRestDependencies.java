package dev.waypoint.jira.rest.company;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.app.company.CompanyReadRepository;
import dev.waypoint.app.cycle.CyclesInUse;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.scoring.ScoringSettingsSource;
import dev.waypoint.shared.UserNames;
import java.time.Clock;
import java.util.Objects;

/**
 * What the company page and the admin page's cycle list need from their host (Jira's Spring wiring, the preview, a
 * test); {@link CompanyRestResources#create} builds core's read models and the resources from it.
 *
 * @param reads   the company page's bulk reads ({@code AoCompanyReadRepository})
 * @param inUse   which cycles hold objectives ({@code AoCyclesInUse})
 * @param scoring the admin's scoring settings (pace thresholds, grade bands)
 */
public record CompanyRestDependencies(CurrentUser currentUser, Permissions permissions, CycleRepository cycles,
        CompanyReadRepository reads, CyclesInUse inUse, KpiRepository kpis, KpiValueRepository kpiValues,
        ScoringSettingsSource scoring, UserNames userNames, Clock clock) {

    public CompanyRestDependencies {
        Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        Objects.requireNonNull(permissions, "'permissions' must not be null");
        Objects.requireNonNull(cycles, "'cycles' must not be null");
        Objects.requireNonNull(reads, "'reads' must not be null");
        Objects.requireNonNull(inUse, "'inUse' must not be null");
        Objects.requireNonNull(kpis, "'kpis' must not be null");
        Objects.requireNonNull(kpiValues, "'kpiValues' must not be null");
        Objects.requireNonNull(scoring, "'scoring' must not be null");
        Objects.requireNonNull(userNames, "'userNames' must not be null");
        Objects.requireNonNull(clock, "'clock' must not be null");
    }
}
