package dev.waypoint.refresh;

import dev.waypoint.shared.MessageCatalog;

/**
 * The i18n message keys of the refresh job ({@code waypoint.refresh.*}) with their English patterns: one per
 * {@link dev.waypoint.kpi.KpiErrorCode} (argument {0}: the error's detail) and the run summary.
 */
public final class RefreshMessages {

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            "waypoint.refresh.error.ownerInactive", "The owner {0} is inactive or no longer exists",
            "waypoint.refresh.error.searchFailed", "Jira could not run the query: {0}",
            "waypoint.refresh.error.denominatorZero", "The denominator query found no issues",
            "waypoint.refresh.error.noAgents", "There are no agents to divide by",
            "waypoint.refresh.error.agentsUnknown", "The agents'' {0} no longer exists",
            "waypoint.refresh.error.noData", "No matching issue has both dates",
            "waypoint.refresh.error.childWithoutValue", "Child KPI {0} has no value",
            "waypoint.refresh.error.noOwner", "Neither the key result nor its objective has an owner to run the query as",
            "waypoint.refresh.error.kpiWithoutValue", "KPI {0} has no value",
            "waypoint.refresh.error.jqlWithoutProjects",
            "The query names no projects to count in; edit the key result and choose them",
            "waypoint.refresh.error.internal", "Unexpected failure: {0}",
            "waypoint.refresh.summary",
            "Refreshed {0} KPIs and {1} key results; {2} failed; {3} left for the next run");

    private RefreshMessages() {
    }
}
