package dev.waypoint.jira.rest.probe;

import dev.waypoint.jira.rest.RestMessages;

/** A nested request record that validates itself, as core value objects do (its errors get the JSON path prefix). */
public record ItemRequest(String name, Double weight) {

    public ItemRequest {
        if (weight != null && weight <= 0) {
            throw RestMessages.CATALOG.invalid("weight", RestMessages.JSON_INVALID_VALUE);
        }
    }
}
