package dev.waypoint.jira.settings;

/** Whether a custom field exists, named as a JQL author names it (id, {@code cf[n]} or name). */
@FunctionalInterface
public interface CustomFieldLookup {

    boolean exists(String idOrName);
}
