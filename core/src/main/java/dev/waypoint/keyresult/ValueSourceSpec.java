package dev.waypoint.keyresult;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.ProjectKey;
import java.util.Set;

/**
 * A {@link ValueSource} as raw user input; errors are reported as {@code source.type}, {@code source.kpiId},
 * {@code source.jql}.
 *
 * @param type  {@code null}: MANUAL
 * @param kpiId required for KPI
 * @param jql      required for JQL, at most 4,000 characters
 * @param projects for JQL of an objective without a project: the projects the query counts in (required there);
 *                 ignored for objectives with a project, which restrict the query to theirs
 */
public record ValueSourceSpec(ValueSourceType type, KpiId kpiId, String jql, Set<ProjectKey> projects) {

    public ValueSourceSpec {
        projects = projects == null ? Set.of() : Set.copyOf(projects);
    }

    public ValueSourceSpec(ValueSourceType type, KpiId kpiId, String jql) {
        this(type, kpiId, jql, Set.of());
    }

    public static ValueSourceSpec manual() {
        return new ValueSourceSpec(ValueSourceType.MANUAL, null, null);
    }

    public static ValueSourceSpec kpi(KpiId kpiId) {
        return new ValueSourceSpec(ValueSourceType.KPI, kpiId, null);
    }

    public static ValueSourceSpec jql(String jql) {
        return new ValueSourceSpec(ValueSourceType.JQL, null, jql);
    }

    public static ValueSourceSpec jql(String jql, Set<ProjectKey> projects) {
        return new ValueSourceSpec(ValueSourceType.JQL, null, jql, projects);
    }
}
