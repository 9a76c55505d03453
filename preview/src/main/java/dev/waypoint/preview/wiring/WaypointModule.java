package dev.waypoint.preview.wiring;

import dev.waypoint.jira.platform.JiraCurrentUser;
import dev.waypoint.jira.settings.InMemoryWaypointSettingsStore;
import dev.waypoint.jira.settings.WaypointSettingsStore;
import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewJob;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.issues.SearchMessages;
import dev.waypoint.preview.sample.SampleData;
import dev.waypoint.preview.sample.SampleWorld;
import dev.waypoint.refresh.RefreshJob;
import dev.waypoint.refresh.RefreshReport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app in the preview: builds core's services on the app's Active Objects storage with the preview's stand-ins for
 * Jira (users and permissions, the sample search, issues, settings kept in memory), loads the sample into a fresh
 * data folder through those services on a moving clock, and contributes the app's REST module
 * ({@link WaypointRest}) and the refresh job ({@link #refreshJob}). The sample world (issues, users) is rebuilt from today's date at every start; Waypoint's
 * own data stays in the data folder, so a restart never generates a second time.
 */
public final class WaypointModule implements PreviewModule {

    /** As {@code RefreshJobRegistrar.INTERVAL} and {@code RefreshJobRunner.BUDGET} in Jira. */
    static final Duration REFRESH_INTERVAL = Duration.ofMinutes(1);
    static final Duration REFRESH_BUDGET = Duration.ofSeconds(50);

    private static final Logger LOG = LoggerFactory.getLogger(WaypointModule.class);

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
        WaypointPorts live = ports.apply(platform.clock());
        RefreshJob refreshJob = WaypointServices.assemble(storage, live, platform.clock()).refreshJob();
        return new PreviewContribution(List.of(WaypointRest.module(storage, platform.activeObjects(), live,
                new JiraCurrentUser(platform.authenticationContext()), new PreviewTranslator(platform.i18n()),
                platform.clock())), List.of(), List.of(refreshJob(refreshJob)));
    }

    /**
     * The app's refresh job as Jira's scheduler runs it ({@code RefreshJobRegistrar}: every minute, a 50-second
     * budget per run), so the sample's KPIs keep their values current while the preview runs.
     */
    static PreviewJob refreshJob(RefreshJob job) {
        return new PreviewJob("Waypoint refresh", REFRESH_INTERVAL, () -> {
            RefreshReport report = job.run(REFRESH_BUDGET);
            if (!report.stageFailures().isEmpty()) {
                LOG.warn("Waypoint refresh: failed stages {}", report.stageFailures());
            }
        });
    }
}
