package dev.waypoint.access;

/**
 * What a user may do beyond single items ({@link Permissions#capabilities}), for the UI to show or hide actions.
 *
 * @param licensed       logged in with a licence: may use Waypoint at all
 * @param viewCompany    may see company objectives and global KPIs
 * @param manageCompany  may create and change company objectives and global KPIs (Jira admin or company group)
 * @param manageCycles   may create, change and close cycles
 * @param administer     may change Waypoint's settings (Jira admin)
 */
public record Capabilities(boolean licensed, boolean viewCompany, boolean manageCompany, boolean manageCycles,
        boolean administer) {
}
