package dev.waypoint.preview.pages;

import dev.waypoint.access.Permissions;
import dev.waypoint.jira.platform.JiraCurrentUser;
import dev.waypoint.jira.settings.InMemoryWaypointSettingsStore;
import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.sample.SamplePeople;
import dev.waypoint.preview.sample.SampleProjects;
import dev.waypoint.preview.wiring.PreviewAccessFacts;
import java.util.List;

/**
 * Registers the app's KPI pages ({@link KpiPages}: a project's KPIs and the KPI directory) with the preview, on the
 * preview's stand-ins for Jira's users and permissions (the sample's people, groups and permission schemes, as the
 * app's wiring builds them). The pages only read permissions; their data comes from the REST module.
 */
public final class KpiPagesModule implements PreviewModule {

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        SamplePeople people = new SamplePeople(platform.directory());
        InMemoryWaypointSettingsStore settings = new InMemoryWaypointSettingsStore();
        Permissions permissions = new Permissions(new PreviewAccessFacts(platform.directory(),
                people.permissionsLike(), people.groups(), SampleProjects::permissionSchemeOf,
                () -> settings.current().access()));
        KpiPages pages = new KpiPages(new JiraCurrentUser(platform.authenticationContext()), permissions,
                platform.directory());
        return new PreviewContribution(List.of(), pages.routes());
    }
}
