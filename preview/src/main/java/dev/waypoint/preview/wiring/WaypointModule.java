package dev.waypoint.preview.wiring;

import dev.waypoint.jira.platform.JiraCurrentUser;
import dev.waypoint.jira.settings.InMemoryWaypointSettingsStore;
import dev.waypoint.jira.settings.WaypointSettingsStore;
import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.issues.SearchMessages;
import dev.waypoint.preview.sample.SampleData;
import dev.waypoint.preview.sample.SampleWorld;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The app in the preview: builds core's services on the app's Active Objects storage with the preview's stand-ins for
 * Jira (users and permissions, the sample search, issues, settings kept in memory), loads the sample into a fresh
 * data folder through those services on a moving clock, and contributes the app's REST module
 * ({@link WaypointRest}). The sample world (issues, users) is rebuilt from today's date at every start; Waypoint's
 * own data stays in the data folder, so a restart never generates a second time.
 */
public final class WaypointModule implements PreviewModule {

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        SampleWorld world = SampleWorld.create(platform.clock(), platform.directory());
        WaypointStorage storage = WaypointStorage.on(platform.activeObjects());
        WaypointSettingsStore settings = new InMemoryWaypointSettingsStore();
        SearchMessages messages = new SearchMessages(platform.i18n());
        Function<Clock, WaypointPorts> ports = clock -> WaypointPorts.create(world, platform.directory(), messages,
                settings, clock);
        if (platform.newDataFolder()) {
            new SampleData(world, clock -> WaypointServices.assemble(storage, ports.apply(clock), clock).forSample(),
                    storage.transactions()).load();
        }
        return new PreviewContribution(List.of(WaypointRest.module(storage, ports.apply(platform.clock()),
                new JiraCurrentUser(platform.authenticationContext()), new PreviewTranslator(platform.i18n()),
                platform.clock())), List.of());
    }
}
