package dev.waypoint.checkin;

/** Who recorded a check-in. */
public enum CheckInOrigin {
    /** A person, through the UI or REST; the check-in has an author. */
    MANUAL,
    /**
     * The refresh job: the value of a KPI- or JQL-sourced key result, or the progress (0..1, unclamped) of an ISSUES
     * key result, without author. At most one per key result and effective date.
     */
    REFRESH
}
