package dev.waypoint.keyresult;

/** Whether the denominator of an ISSUES key result follows the linked issues or was fixed. */
public enum IssuesScope {
    /** The denominator is whatever is linked now (default). */
    LIVE,
    /** The denominator was fixed when frozen, so scope growth does not reduce progress. */
    FROZEN
}
