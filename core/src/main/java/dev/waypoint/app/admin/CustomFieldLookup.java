package dev.waypoint.app.admin;

/**
 * Whether a custom field exists, named as a JQL author names it (id, {@code cf[n]} or name): a port, Jira's custom
 * fields in the app ({@code dev.waypoint.jira.settings.JiraCustomFieldLookup}).
 */
@FunctionalInterface
public interface CustomFieldLookup {

    boolean exists(String idOrName);
}
