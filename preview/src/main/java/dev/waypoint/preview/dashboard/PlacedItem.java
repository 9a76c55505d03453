package dev.waypoint.preview.dashboard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One dashboard item placed on the preview's dashboard: its id (Jira's gadget id), its type (the dashboard-item
 * module's complete key), the column it sits in and its preferences, string keys and string values as Jira's
 * dashboard stores them per item.
 */
public record PlacedItem(long id, String type, int column, Map<String, String> preferences) {

    public PlacedItem {
        Objects.requireNonNull(type, "'type' must not be null");
        preferences = Collections.unmodifiableMap(new LinkedHashMap<>(preferences));
    }

    public PlacedItem withPreferences(Map<String, String> newPreferences) {
        return new PlacedItem(id, type, column, newPreferences);
    }
}
