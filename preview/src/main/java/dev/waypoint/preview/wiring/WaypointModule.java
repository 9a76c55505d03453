package dev.waypoint.preview.wiring;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.app.admin.WaypointSettingsStore;
import dev.waypoint.jira.platform.JiraCurrentUser;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.jira.settings.InMemoryWaypointSettingsStore;
import dev.waypoint.jira.wiring.Storage;
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
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
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

    private final UnaryOperator<WaypointPorts> live;

    public WaypointModule() {
        this(UnaryOperator.identity());
    }

    /**
     * @param live changes the ports the running app gets (not those the sample is written through), e.g. a test's
     *             issue search that counts the searches
     */
    public WaypointModule(UnaryOperator<WaypointPorts> live) {
        this.live = Objects.requireNonNull(live, "'live' must not be null");
    }

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        SampleWorld world = SampleWorld.create(platform.clock(), platform.directory());
        Storage storage = Storage.activeObjects(platform.activeObjects());
        WaypointSettingsStore settings = new InMemoryWaypointSettingsStore();
        SearchMessages messages = new SearchMessages(platform.i18n());
        Function<Clock, WaypointPorts> ports = clock -> WaypointPorts.create(world, platform.directory(), messages,
                settings, clock);
        CurrentUser currentUser = new JiraCurrentUser(platform.authenticationContext());
        Translator translator = new PreviewTranslator(platform.i18n());
        if (platform.newDataFolder()) {
            new SampleData(world, clock -> WaypointServices.assemble(storage, ports.apply(clock), currentUser,
                    translator, clock).forSample(), storage.transactions()).load();
        }
        WaypointServices live = WaypointServices.assemble(storage, this.live.apply(ports.apply(platform.clock())),
                currentUser, translator, platform.clock());
        return new PreviewContribution(List.of(WaypointRest.module(live.app(), translator)), List.of(),
                List.of(refreshJob(live.refreshJob())));
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
