package dev.waypoint.jira.rest.probe;

import java.time.LocalDate;

/** What the probe stores (and answers). */
public record Thing(long id, String title, double target, LocalDate due, Kind kind, String owner) {
}
