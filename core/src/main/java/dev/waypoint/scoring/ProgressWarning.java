package dev.waypoint.scoring;

/** Why a progress is unknown, or why a known progress deserves a second look. */
public enum ProgressWarning {
    /** No value was recorded yet: the progress is unknown ("no data yet") for every measure and counts nowhere. */
    NO_VALUE,
    /** An ISSUES key result whose linked issues add up to 0 (DESIGN §3: unknown, not 0). */
    NO_ISSUES,
    /** An objective with no key result or contributing child of known progress. */
    NOTHING_TO_ROLL_UP,
    /** The values derive from issues or KPIs the viewer may not see (DESIGN §5). */
    HIDDEN
}
