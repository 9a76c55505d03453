package dev.waypoint.preview.pages;

import dev.waypoint.jira.platform.JiraCurrentUser;
import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.data.DatabasePluginSettings;
import dev.waypoint.preview.issues.SearchMessages;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.sample.SampleWorld;
import dev.waypoint.preview.wiring.WaypointModule;
import dev.waypoint.preview.wiring.WaypointPorts;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the app's project page and issue view ({@link WaypointPages}), and the stand-in for Jira's issue navigator
 * that the app's links to issues lead to ({@link IssueNavigator}), with the preview. Their collaborators are
 * the preview's stand-ins for Jira over the sample world (users and permissions, the issue directory), built as the
 * app's wiring builds them; pages only read (permissions, issues), with the admin's access settings read from the
 * plugin settings in the shared database, as the REST module reads them.
 */
public final class WaypointPagesModule implements PreviewModule {

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        SampleWorld world = SampleWorld.create(platform.clock(), platform.directory());
        WaypointPorts ports = WaypointPorts.create(world, platform.directory(), new SearchMessages(platform.i18n()),
                WaypointModule.settings(new DatabasePluginSettings(platform.activeObjects())), platform.clock());
        WaypointPages pages = new WaypointPages(new JiraCurrentUser(platform.authenticationContext()),
                ports.permissions(), ports.issues(), platform.directory());
        List<PageRoute> routes = new ArrayList<>(pages.routes());
        routes.add(new IssueNavigator(new JiraCurrentUser(platform.authenticationContext()), ports.search()).route());
        return new PreviewContribution(List.of(), routes);
    }
}
