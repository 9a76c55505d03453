package dev.waypoint.kpi;

import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;

/**
 * What a user entered to create or update a KPI, unvalidated: {@link KpiService} checks it with field messages.
 * Field names of the messages are the component names ({@code "name"}, {@code "target"}, ...), and
 * {@code "source.<component>"} for the source ({@code "source.jql"}, {@code "source.denominatorJql"},
 * {@code "source.group"}, {@code "source.children[1].weight"}, ...).
 *
 * @param refreshMinutes {@code null} for {@link Kpi#DEFAULT_REFRESH_MINUTES}
 */
public record KpiDefinition(
        String name,
        String description,
        String unit,
        KpiFormat format,
        KpiDirection direction,
        Double target,
        Double warning,
        UserKey owner,
        ProjectKey project,
        KpiId parentId,
        Integer refreshMinutes,
        KpiSource source) {

    /**
     * This definition with {@code defaultOwner} when it names no owner, and {@code defaultRefreshMinutes} when it
     * gives no refresh interval.
     */
    public KpiDefinition orDefaults(UserKey defaultOwner, int defaultRefreshMinutes) {
        return new KpiDefinition(name, description, unit, format, direction, target, warning,
                owner == null ? defaultOwner : owner, project, parentId,
                refreshMinutes == null ? Integer.valueOf(defaultRefreshMinutes) : refreshMinutes, source);
    }

    /** This definition with another parent. */
    public KpiDefinition withParentId(KpiId newParentId) {
        return new KpiDefinition(name, description, unit, format, direction, target, warning, owner, project,
                newParentId, refreshMinutes, source);
    }

    /** The KPI this definition describes, once validated. */
    Kpi toKpi(KpiId id, long version) {
        return new Kpi(id, name.strip(), blankToNull(description), blankToNull(unit), format, direction, target,
                warning, owner, project, parentId,
                refreshMinutes == null ? Kpi.DEFAULT_REFRESH_MINUTES : refreshMinutes, source, version);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
