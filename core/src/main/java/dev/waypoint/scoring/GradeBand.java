package dev.waypoint.scoring;

/** Colour of a grade (landscape §5.1, Measure What Matters; the same bands as Atlassian Goals). */
public enum GradeBand {
    GREEN,
    YELLOW,
    RED
}
