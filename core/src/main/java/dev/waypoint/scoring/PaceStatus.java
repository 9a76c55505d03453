package dev.waypoint.scoring;

/** Time-aware status of a key result or objective (DESIGN §3). */
public enum PaceStatus {
    DONE,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    /** The progress is unknown. */
    UNKNOWN
}
