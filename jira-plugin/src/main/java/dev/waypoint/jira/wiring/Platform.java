package dev.waypoint.jira.wiring;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.BrowsableProjects;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.app.admin.CustomFieldLookup;
import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.kpi.search.DateFields;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.shared.UserNames;
import java.time.Clock;
import java.util.Objects;

/**
 * What the composition root ({@link WaypointApp}) takes from its host besides storage: in Jira the adapters of
 * {@code dev.waypoint.jira.platform}, {@code search}, {@code issue} and {@code settings}; in the preview and the tests
 * their stand-ins. Only the root reads this record; every component receives the ports it uses, one by one.
 *
 * @param currentUser  the user of the current request
 * @param accessFacts  what Jira tells about users, groups, licences and project permissions
 * @param translator   i18n of messages into the user's language
 * @param search       JQL searches as a given user
 * @param users        users, groups and project roles
 * @param issues       issue lookups as the viewer
 * @param userNames    display names of users
 * @param settings     the admin's settings
 * @param customFields whether a custom field exists
 * @param projects     the projects a user may browse (the dashboard items' pickers)
 * @param agents       agents' names and JQL names (the agent workload)
 * @param dateFields   which date fields Jira knows (for DURATION KPIs)
 * @param clock        "today" for everything
 */
public record Platform(
        CurrentUser currentUser,
        AccessFacts accessFacts,
        Translator translator,
        IssueSearch search,
        UserDirectory users,
        IssueDirectory issues,
        UserNames userNames,
        WaypointSettingsStore settings,
        CustomFieldLookup customFields,
        BrowsableProjects projects,
        AgentDirectory agents,
        DateFields dateFields,
        Clock clock) {

    public Platform {
        Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        Objects.requireNonNull(accessFacts, "'accessFacts' must not be null");
        Objects.requireNonNull(translator, "'translator' must not be null");
        Objects.requireNonNull(search, "'search' must not be null");
        Objects.requireNonNull(users, "'users' must not be null");
        Objects.requireNonNull(issues, "'issues' must not be null");
        Objects.requireNonNull(userNames, "'userNames' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        Objects.requireNonNull(customFields, "'customFields' must not be null");
        Objects.requireNonNull(projects, "'projects' must not be null");
        Objects.requireNonNull(agents, "'agents' must not be null");
        Objects.requireNonNull(dateFields, "'dateFields' must not be null");
        Objects.requireNonNull(clock, "'clock' must not be null");
    }
}
