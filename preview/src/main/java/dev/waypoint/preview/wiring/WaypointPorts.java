package dev.waypoint.preview.wiring;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.BrowsableProjects;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.jira.wiring.Platform;
import dev.waypoint.kpi.search.DateFields;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.preview.issues.PreviewAgentDirectory;
import dev.waypoint.preview.issues.PreviewIssueDirectory;
import dev.waypoint.preview.issues.PreviewUserDirectory;
import dev.waypoint.preview.issues.PreviewUserNames;
import dev.waypoint.preview.issues.SampleDateFields;
import dev.waypoint.preview.issues.SampleIssueSearch;
import dev.waypoint.preview.issues.SearchMessages;
import dev.waypoint.preview.sample.SampleProjects;
import dev.waypoint.preview.sample.SampleWorld;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.shared.UserNames;
import java.time.Clock;
import java.util.Objects;

/**
 * The preview's stand-ins for what Jira provides to the app, over the sample world: access facts from the preview
 * users' permissions, core's {@link Permissions} over them, the user directory and its users' display names, the
 * sample search and the issue directory (both read the sample's issues as of {@code clock}), the date fields of the
 * sample's issues, the admin settings, and for the dashboard items the projects a user may browse and the agents'
 * names.
 */
public record WaypointPorts(AccessFacts accessFacts, Permissions permissions, UserDirectory users,
        UserNames userNames, IssueSearch search, IssueDirectory issues, DateFields dateFields,
        WaypointSettingsStore settings, BrowsableProjects projects, AgentDirectory agents) {

    public WaypointPorts {
        Objects.requireNonNull(accessFacts, "'accessFacts' must not be null");
        Objects.requireNonNull(permissions, "'permissions' must not be null");
        Objects.requireNonNull(users, "'users' must not be null");
        Objects.requireNonNull(userNames, "'userNames' must not be null");
        Objects.requireNonNull(search, "'search' must not be null");
        Objects.requireNonNull(issues, "'issues' must not be null");
        Objects.requireNonNull(dateFields, "'dateFields' must not be null");
        Objects.requireNonNull(settings, "'settings' must not be null");
        Objects.requireNonNull(projects, "'projects' must not be null");
        Objects.requireNonNull(agents, "'agents' must not be null");
    }

    /** These ports with another issue search (e.g. one that counts the searches). */
    public WaypointPorts withSearch(IssueSearch newSearch) {
        return new WaypointPorts(accessFacts, permissions, users, userNames, newSearch, issues, dateFields, settings,
                projects, agents);
    }

    /** These ports with another agent directory (e.g. agents whose names a test chose). */
    public WaypointPorts withAgents(AgentDirectory newAgents) {
        return new WaypointPorts(accessFacts, permissions, users, userNames, search, issues, dateFields, settings,
                projects, newAgents);
    }

    /** What the composition root takes from its host: these ports with the request's user, i18n and a clock. */
    public Platform platform(CurrentUser currentUser, Translator translator, Clock clock) {
        return new Platform(currentUser, accessFacts, translator, search, users, issues, userNames, settings,
                WaypointRest.storyPointField(), projects, agents, dateFields, clock);
    }

    public static WaypointPorts create(SampleWorld world, PreviewDirectory directory, SearchMessages messages,
            WaypointSettingsStore settings, Clock clock) {
        AccessFacts facts = new PreviewAccessFacts(directory, world.people().permissionsLike(),
                world.people().groups(), SampleProjects::permissionSchemeOf, () -> settings.current().access());
        Permissions permissions = new Permissions(facts);
        UserDirectory users = new PreviewUserDirectory(world.people().users(), world.people().groups());
        return new WaypointPorts(facts, permissions, users, new PreviewUserNames(world.people().users()),
                new SampleIssueSearch(world.tickets().store(), facts, users, messages, clock),
                new PreviewIssueDirectory(world.tickets().store(), facts, clock), new SampleDateFields(), settings,
                new PreviewBrowsableProjects(directory, facts), new PreviewAgentDirectory(world.people().users()));
    }
}
