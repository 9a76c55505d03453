package dev.waypoint.cycle;

/** Create the four quarters of a calendar year as cycles "Q1 2026" ... "Q4 2026" in state PLANNING. */
public record CreateQuarters(Integer year) {
}
