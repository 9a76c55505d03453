package dev.waypoint.keyresult;

/** Which values of the cycle a THRESHOLD key result is judged on (landscape §5.3, Oboard). */
public enum Judgement {
    /** The latest value (default). */
    LATEST,
    /** The average of the cycle's values. */
    AVERAGE,
    /** The value that scores worst. */
    WORST
}
