package dev.waypoint.access;

import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of access refusals with their English patterns. */
public final class AccessMessages {

    public static final String NOT_LOGGED_IN = "waypoint.access.notLoggedIn";
    public static final String NOT_LICENSED = "waypoint.access.notLicensed";
    public static final String VIEW_PROJECT = "waypoint.access.view.project";
    public static final String VIEW_COMPANY = "waypoint.access.view.company";
    public static final String EDIT_PROJECT = "waypoint.access.edit.project";
    public static final String EDIT_COMPANY = "waypoint.access.edit.company";
    public static final String CHECK_IN = "waypoint.access.checkIn";
    public static final String CHECK_IN_CHANGE = "waypoint.access.checkIn.change";
    public static final String KPI_MANAGE = "waypoint.access.kpi.manage";
    public static final String KPI_JQL = "waypoint.access.kpi.jql";
    public static final String MANAGE_CYCLES = "waypoint.access.cycles";
    public static final String ADMINISTER = "waypoint.access.administer";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            NOT_LOGGED_IN, "Log in to use Waypoint",
            NOT_LICENSED, "You need a licence for Jira to use Waypoint",
            VIEW_PROJECT, "You do not have permission to see the items of project {0}",
            VIEW_COMPANY, "You do not have permission to see company items",
            EDIT_PROJECT, "Only the owner or an administrator of project {0} can change this",
            EDIT_COMPANY, "Only Jira administrators and members of the company OKR group can change company items",
            CHECK_IN, "Only the owner of the key result or of its objective, or an administrator, can check in",
            CHECK_IN_CHANGE, "Only the author of a check-in or an administrator can correct or delete it",
            KPI_MANAGE, "Only the owner of this KPI or an administrator can change it",
            KPI_JQL, "Only the owner of a KPI or a Jira administrator can change its JQL or its owner, because its"
                    + " values are computed with the owner''s permissions",
            MANAGE_CYCLES, "Only Jira administrators and members of the company OKR group can manage cycles",
            ADMINISTER, "Only Jira administrators can change the settings of Waypoint");

    private AccessMessages() {
    }
}
