package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import java.util.Objects;

/**
 * A KPI as its viewer sees it, with what the viewer may do with it, so that the UI offers only what the server accepts.
 *
 * @param canManage    may change its definition, record its values, refresh and delete it
 * @param canChangeJql may change its queries and its owner (its owner and Jira administrators)
 */
public record KpiView(Kpi kpi, boolean canManage, boolean canChangeJql) {

    public KpiView {
        Objects.requireNonNull(kpi, "'kpi' must not be null");
    }
}
