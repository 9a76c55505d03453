package dev.waypoint.insight;

/** The insights of DESIGN §3 "Insights". */
public enum InsightType {
    /** A KPI unhealthy for N days with no ACTIVE aligned objective. */
    KPI_NEEDS_OKR,
    /** A key result repeated in this and the previous two cycles. */
    BUSINESS_AS_USUAL,
    /** A KPI target made more ambitious while no ACTIVE objective is aligned. */
    TARGET_RAISED_WITHOUT_OKR,
    /** An objective or key result without owner. */
    NO_OWNER,
    /** A key result with check-ins whose latest check-in is older than 14 days. */
    STALE_CHECK_IN,
    /** An ISSUES key result without linked issues. */
    ISSUES_WITHOUT_LINKS,
    /** A STORY_POINTS key result with unestimated linked issues. */
    UNESTIMATED_ISSUES,
    /** A KPI or key result whose query Jira refuses. */
    JQL_ERROR,
    /** A ratio KPI whose denominator is 0. */
    DENOMINATOR_ZERO
}
