package dev.waypoint.objective;

/** Committed objectives are expected to reach 1.0; aspirational ones about 0.7 (landscape §5.1). */
public enum Commitment {
    COMMITTED,
    ASPIRATIONAL
}
