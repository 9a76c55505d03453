package dev.waypoint.app.kpi;

import dev.waypoint.kpi.KpiCard;
import java.util.Objects;

/**
 * One KPI as its viewer sees it: definition, latest value, health and trend, and what the viewer may do with it.
 *
 * @param canManage    may change its definition, record its values, refresh and delete it
 * @param canChangeJql may change its queries and its owner
 */
public record KpiDetail(KpiCard card, boolean canManage, boolean canChangeJql) {

    public KpiDetail {
        Objects.requireNonNull(card, "'card' must not be null");
    }
}
