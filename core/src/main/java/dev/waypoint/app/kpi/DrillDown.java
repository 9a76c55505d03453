package dev.waypoint.app.kpi;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.ProjectKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The query behind a number, for a link to Jira's issue navigator ("drill-down", DESIGN §4 "KPI pages"): exactly the
 * JQL the refresh job ran to produce it, composed by {@link Jql} as the job composes it, never by concatenating user
 * text. The navigator runs it as the viewer, so the list holds only issues the viewer may see (DESIGN §5), while the
 * number was counted as the KPI's owner.
 *
 * @param field the query's field in the KPI's source ({@code source.jql}, {@code source.numeratorJql},
 *              {@code source.denominatorJql}), or {@code keyResult} for a key result's query
 * @param jql   the query
 */
public record DrillDown(String field, String jql) {

    public DrillDown {
        Objects.requireNonNull(field, "'field' must not be null");
        Objects.requireNonNull(jql, "'jql' must not be null");
    }

    /**
     * The queries behind a KPI's value, in the order of the source's queries: JQL_COUNT and PER_AGENT their query
     * (for PER_AGENT the total, divided by the agents), JQL_RATIO numerator and denominator, DURATION the capped
     * sample ({@link Jql#durationSample}); none for MANUAL and COMPOSITE, whose values come from no query.
     */
    public static List<DrillDown> of(KpiSource source) {
        List<DrillDown> queries = new ArrayList<>();
        if (source instanceof KpiSource.Duration duration) {
            queries.add(new DrillDown("source.jql", Jql.durationSample(duration.jql(), duration.fromField(),
                    duration.toField())));
        } else {
            source.queries().forEach((field, jql) -> queries.add(new DrillDown(field, jql)));
        }
        return List.copyOf(queries);
    }

    /**
     * The query behind a JQL key result's value: its query restricted to the projects it counts in
     * ({@link ValueSource.Jql#countedIn}, as the refresh job counts it); {@code null} for other sources and for a
     * query without known projects (counted by nobody).
     */
    public static DrillDown of(KeyResult keyResult, Objective objective) {
        if (!(keyResult.source() instanceof ValueSource.Jql jql)) {
            return null;
        }
        Set<ProjectKey> projects = jql.countedIn(objective);
        return projects.isEmpty() ? null : new DrillDown("keyResult", Jql.inProjects(jql.jql(), projects));
    }
}
