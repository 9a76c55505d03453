package dev.waypoint.jira.rest.page;

import dev.waypoint.app.kpi.DrillDown;

/**
 * The query behind a number, for a link to Jira's issue navigator ({@code /issues/?jql=<the query>}).
 *
 * @param field the query's field ({@code source.jql}, {@code source.numeratorJql}, {@code source.denominatorJql},
 *              {@code keyResult})
 */
public record DrillDownJson(String field, String jql) {

    static DrillDownJson of(DrillDown drillDown) {
        return drillDown == null ? null : new DrillDownJson(drillDown.field(), drillDown.jql());
    }
}
