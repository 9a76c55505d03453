package dev.waypoint.jira.rest.keyresult;

import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.keyresult.ValueSourceType;
import dev.waypoint.shared.ProjectKey;
import java.util.List;

/**
 * Where the values of a METRIC or THRESHOLD key result come from. Errors name {@code source.<field>}.
 *
 * @param type  MANUAL (default: check-ins), KPI or JQL
 * @param kpiId KPI: the KPI whose latest value is used
 * @param jql      JQL: counted by the refresh job as the key result's owner, at most 4,000 characters
 * @param projects JQL of a company or personal objective: the keys of the projects the query counts in (required
 *                 there; an objective with a project restricts the query to its own)
 */
public record SourceBody(ValueSourceType type, Long kpiId, String jql, List<String> projects) {

    /** The source's type only, for a key result whose source the caller may not see. */
    public static SourceBody typeOf(ValueSource source) {
        SourceBody full = of(source);
        return new SourceBody(full.type(), null, null, null);
    }

    public static SourceBody of(ValueSource source) {
        return switch (source) {
            case ValueSource.Manual m -> new SourceBody(ValueSourceType.MANUAL, null, null, null);
            case ValueSource.Kpi k -> new SourceBody(ValueSourceType.KPI, k.kpiId().value(), null, null);
            case ValueSource.Jql j -> new SourceBody(ValueSourceType.JQL, null, j.jql(),
                    j.projects().stream().map(ProjectKey::value).toList());
        };
    }
}
