package dev.waypoint.kpi;

/**
 * Why a refresh produced no value for a KPI (or a key result). Each code has an i18n key {@code waypoint.refresh.error.<camelCase>} listed in
 * {@code dev.waypoint.refresh.RefreshMessages}, whose pattern takes the error's detail as argument {0}.
 */
public enum KpiErrorCode {
    /** The owner, as whom the queries run, is inactive or unknown. */
    OWNER_INACTIVE("waypoint.refresh.error.ownerInactive"),
    /** Jira refused a search (bad JQL, the owner lost permission, ...); the detail is Jira's message. */
    SEARCH_FAILED("waypoint.refresh.error.searchFailed"),
    /** A JQL_RATIO whose denominator query found no issue. */
    DENOMINATOR_ZERO("waypoint.refresh.error.denominatorZero"),
    /** A PER_AGENT KPI without agents (empty group or role, or no assignee). */
    NO_AGENTS("waypoint.refresh.error.noAgents"),
    /** A PER_AGENT KPI whose group or project role no longer exists. */
    AGENTS_UNKNOWN("waypoint.refresh.error.agentsUnknown"),
    /** A DURATION KPI whose sample has no issue with both dates. */
    NO_DATA("waypoint.refresh.error.noData"),
    /** A COMPOSITE KPI with a child that has no value. */
    CHILD_WITHOUT_VALUE("waypoint.refresh.error.childWithoutValue"),
    /** A key result with neither an owner nor an objective owner, so nobody to run its query as. */
    NO_OWNER("waypoint.refresh.error.noOwner"),
    /** A JQL key result of an objective without a project whose query names no projects to count in. */
    JQL_WITHOUT_PROJECTS("waypoint.refresh.error.jqlWithoutProjects"),
    /** A key result bound to a KPI that has no value (never refreshed, deleted, or its latest refresh failed). */
    KPI_WITHOUT_VALUE("waypoint.refresh.error.kpiWithoutValue"),
    /** An unexpected failure while evaluating; the detail is the exception's message. */
    INTERNAL("waypoint.refresh.error.internal");

    private final String messageKey;

    KpiErrorCode(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
