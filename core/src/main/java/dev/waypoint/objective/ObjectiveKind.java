package dev.waypoint.objective;

/** Optional classification of an objective (seed 001): build something new, improve something, innovate. */
public enum ObjectiveKind {
    BUILD,
    IMPROVE,
    INNOVATE
}
