package dev.waypoint.jira.rest.kpi;

import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;

/**
 * The body of {@code POST /kpis} and {@code PUT /kpis/{id}}: a KPI's whole definition (an update replaces it).
 *
 * @param description    optional, at most 10,000 characters
 * @param unit           optional, at most 32 characters
 * @param warning        the amber bound, optional; on the unhealthy side of {@code target}
 * @param owner          user key as whom the KPI's queries run; the caller when not given
 * @param project        project key; none for a global KPI
 * @param parentId       the parent in the KPI tree, optional
 * @param refreshMinutes 5 to 10,080; the admin's default when not given
 * @param version        the version read, required by an update (409 when stale), not given when creating
 */
public record KpiRequest(
        String name,
        String description,
        String unit,
        KpiFormat format,
        KpiDirection direction,
        Double target,
        Double warning,
        String owner,
        String project,
        Long parentId,
        Integer refreshMinutes,
        KpiSourceJson source,
        Long version) {
}
