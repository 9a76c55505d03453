package dev.waypoint.objective;

/** Where an objective lives: the whole company (no project), a team (project required) or one person. */
public enum ObjectiveLevel {
    COMPANY,
    TEAM,
    INDIVIDUAL
}
