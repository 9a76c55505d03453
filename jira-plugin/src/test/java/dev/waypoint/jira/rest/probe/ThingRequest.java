package dev.waypoint.jira.rest.probe;

import java.time.LocalDate;
import java.util.List;

/** A JSON body with a text, numbers, a date, an enum and a list of nested records. */
public record ThingRequest(String title, Double target, Double stretch, LocalDate due, Kind kind, Boolean urgent,
        List<ItemRequest> items) {
}
