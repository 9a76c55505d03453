package dev.waypoint.jira.rest.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.DurationStatistic;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiSourceKind;
import java.util.List;

/**
 * Where a KPI's values come from, in requests and answers alike: {@code type} says which of the other properties
 * apply (a request giving one that does not apply is refused, naming it):
 * <table>
 *   <caption>properties per type</caption>
 *   <tr><td>JQL_COUNT</td><td>jql</td></tr>
 *   <tr><td>JQL_RATIO</td><td>numeratorJql, denominatorJql</td></tr>
 *   <tr><td>PER_AGENT</td><td>jql, agents (GROUP: group; PROJECT_ROLE: project, role; ASSIGNEES)</td></tr>
 *   <tr><td>DURATION</td><td>jql, fromField, toField, statistic, sampleCap (default 500, at most 1,000)</td></tr>
 *   <tr><td>MANUAL</td><td>-</td></tr>
 *   <tr><td>COMPOSITE</td><td>aggregation, children</td></tr>
 * </table>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KpiSourceJson(
        KpiSourceKind type,
        String jql,
        String numeratorJql,
        String denominatorJql,
        AgentsKind agents,
        String group,
        String project,
        String role,
        String fromField,
        String toField,
        DurationStatistic statistic,
        Integer sampleCap,
        CompositeAggregation aggregation,
        List<CompositeChildJson> children) {

    /** The JSON of a stored source. */
    public static KpiSourceJson of(KpiSource source) {
        return switch (source) {
            case KpiSource.JqlCount s -> withJql(s.kind(), s.jql());
            case KpiSource.JqlRatio s -> new KpiSourceJson(s.kind(), null, s.numeratorJql(), s.denominatorJql(),
                    null, null, null, null, null, null, null, null, null, null);
            case KpiSource.PerAgent s -> perAgent(s);
            case KpiSource.Duration s -> new KpiSourceJson(s.kind(), s.jql(), null, null, null, null, null, null,
                    s.fromField(), s.toField(), s.statistic(), s.sampleCap(), null, null);
            case KpiSource.Manual s -> withJql(s.kind(), null);
            case KpiSource.Composite s -> new KpiSourceJson(s.kind(), null, null, null, null, null, null, null, null,
                    null, null, null, s.aggregation(), s.children().stream()
                            .map(c -> new CompositeChildJson(c.kpiId() == null ? null : c.kpiId().value(),
                                    c.weight()))
                            .toList());
        };
    }

    private static KpiSourceJson perAgent(KpiSource.PerAgent s) {
        return switch (s.agents()) {
            case AgentSelection.Group g -> new KpiSourceJson(s.kind(), s.jql(), null, null, AgentsKind.GROUP,
                    g.name(), null, null, null, null, null, null, null, null);
            case AgentSelection.ProjectRole r -> new KpiSourceJson(s.kind(), s.jql(), null, null,
                    AgentsKind.PROJECT_ROLE, null, r.project() == null ? null : r.project().value(), r.role(), null,
                    null, null, null, null, null);
            case AgentSelection.Assignees a -> new KpiSourceJson(s.kind(), s.jql(), null, null, AgentsKind.ASSIGNEES,
                    null, null, null, null, null, null, null, null, null);
            case null -> withJql(s.kind(), s.jql());
        };
    }

    /** A source of {@code type} with just a query (or nothing, for MANUAL). */
    private static KpiSourceJson withJql(KpiSourceKind type, String jql) {
        return new KpiSourceJson(type, jql, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
