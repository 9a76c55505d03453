package dev.waypoint.preview.wiring;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.app.cycle.CycleService;
import dev.waypoint.checkin.CheckInService;
import dev.waypoint.closing.CycleClosingService;
import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.jira.wiring.Storage;
import dev.waypoint.jira.wiring.WaypointApp;
import dev.waypoint.keyresult.KeyResultService;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiValueService;
import dev.waypoint.objective.ObjectiveService;
import dev.waypoint.preview.sample.SampleServices;
import dev.waypoint.refresh.RefreshJob;
import java.time.Clock;
import java.util.Objects;

/**
 * The app in the preview, built by the app's composition root ({@link WaypointApp}) on the preview's storage and
 * ports, all on one clock. The sample is written through one app on its moving clock; the live preview keeps one on
 * the real clock.
 */
public record WaypointServices(WaypointApp app) {

    public WaypointServices {
        Objects.requireNonNull(app, "'app' must not be null");
    }

    public static WaypointServices assemble(Storage storage, WaypointPorts ports, CurrentUser currentUser,
            Translator translator, Clock clock) {
        return new WaypointServices(new WaypointApp(storage, ports.platform(currentUser, translator,
                clock)));
    }

    /** The domain services the sample is written through (so every value is validated as a user's would be). */
    public SampleServices forSample() {
        return new SampleServices(app.component(CycleService.class), app.component(CycleClosingService.class),
                app.component(ObjectiveService.class), app.component(KeyResultService.class),
                app.component(CheckInService.class), app.component(InitiativeService.class),
                app.component(KpiService.class), app.component(KpiValueService.class), app.refreshJob());
    }

    public RefreshJob refreshJob() {
        return app.refreshJob();
    }
}
