package dev.waypoint.jira.rest.kpi;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.BrowsableProjects;
import dev.waypoint.access.Permissions;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.jira.settings.CustomFieldLookup;
import dev.waypoint.jira.settings.WaypointSettingsStore;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.shared.Transactions;
import java.time.Clock;
import java.util.Objects;

/**
 * What the KPI half of the REST API needs from outside, for {@link KpiRestResources#create}: the request's user and
 * the access policy, translation, the clock, storage, Jira's searches and users, and the admin settings. In Jira,
 * Spring passes the same collaborators to the resources' constructors one by one.
 *
 * @param customFields tells whether the admin's story-point field exists
 * @param projects     the projects a user may browse, for the dashboard items' project pickers
 * @param agents       agents' names, for the dashboard's agent workload
 */
public record KpiRestDependencies(
        CurrentUser currentUser,
        Permissions permissions,
        Translator translator,
        Clock clock,
        KpiStorage kpiStorage,
        OkrStorage okrStorage,
        Transactions transactions,
        IssueSearch search,
        UserDirectory users,
        WaypointSettingsStore settings,
        CustomFieldLookup customFields,
        BrowsableProjects projects,
        AgentDirectory agents) {

    public KpiRestDependencies {
        Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        Objects.requireNonNull(permissions, "'permissions' must not be null");
        Objects.requireNonNull(translator, "'translator' must not be null");
        Objects.requireNonNull(clock, "'clock' must not be null");
        Objects.requireNonNull(kpiStorage, "'kpiStorage' must not be null");
        Objects.requireNonNull(okrStorage, "'okrStorage' must not be null");
        Objects.requireNonNull(transactions, "'transactions' must not be null");
        Objects.requireNonNull(search, "'search' must not be null");
        Objects.requireNonNull(users, "'users' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        Objects.requireNonNull(customFields, "'customFields' must not be null");
        Objects.requireNonNull(projects, "'projects' must not be null");
        Objects.requireNonNull(agents, "'agents' must not be null");
    }
}
