package dev.waypoint.preview.dashboard;

import dev.waypoint.jira.ao.AoKpiRepository;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.PreviewServer;
import dev.waypoint.preview.rest.RestModule;
import dev.waypoint.preview.webresource.WebResources;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preview's dashboard: the app's {@code <dashboard-item>}s on a Jira-like dashboard and wallboard
 * ({@link DashboardPages}), their preferences stored per item on the server ({@link PreviewDashboard},
 * {@link DashboardHostResource} at {@code /rest/dashboards/1.0/}). On a new data folder the dashboard starts with the
 * four items set up on the sample's service desk; it runs after the app's module, which loads the sample.
 */
public final class DashboardModule implements PreviewModule {

    /** The web-resource context Jira loads on every dashboard. */
    public static final String CONTEXT = "atl.dashboard";

    @Override
    public PreviewContribution contribute(PreviewPlatform platform) {
        ClassLoader loader = DashboardModule.class.getClassLoader();
        DashboardItemTypes types = DashboardItemTypes.fromClasspath(loader, PreviewServer.APP_DESCRIPTOR);
        PreviewDashboard dashboard = PreviewDashboard.open(platform.dataFolder());
        if (platform.newDataFolder() && dashboard.items().isEmpty()) {
            seed(dashboard, types, new AoKpiRepository(platform.activeObjects()).findAll());
        }
        DashboardHostResource host = new DashboardHostResource(dashboard, types, platform.session(), platform.i18n());
        return new PreviewContribution(List.of(new RestModule("dashboards", "1.0", List.of(host))),
                new DashboardPages(WebResources.fromClasspath(loader, PreviewServer.APP_DESCRIPTOR)
                        .inContext(CONTEXT), host).routes());
    }

    /** The four items on the service desk SUP, as a support lead would set them up. */
    static void seed(PreviewDashboard dashboard, DashboardItemTypes types, List<Kpi> kpis) {
        type(types, "waypoint-okr-progress-item").ifPresent(type -> dashboard.add(type, 0,
                Map.of("scope", "project", "project", "SUP", "cycle", "", "refresh", "15", "display", "auto")));
        type(types, "waypoint-kpi-scorecard-item").ifPresent(type -> dashboard.add(type, 1,
                Map.of("source", "project", "project", "SUP", "compact", "false", "refresh", "15", "display", "auto")));
        type(types, "waypoint-kpi-trend-item").ifPresent(type -> named(kpis, "First-contact resolution rate")
                .ifPresent(kpi -> dashboard.add(type, 0, Map.of("kpi", kpi, "days", "90", "refresh", "60",
                        "display", "auto"))));
        type(types, "waypoint-agent-workload-item").ifPresent(type -> named(kpis, "Open tickets per agent")
                .ifPresent(kpi -> dashboard.add(type, 1, Map.of("kpi", kpi, "refresh", "5", "display", "auto"))));
    }

    private static Optional<String> type(DashboardItemTypes types, String moduleKey) {
        return types.types().stream().map(DashboardItemType::completeKey)
                .filter(key -> key.endsWith(":" + moduleKey)).findFirst();
    }

    private static Optional<String> named(List<Kpi> kpis, String name) {
        return kpis.stream().filter(kpi -> kpi.name().equals(name)).findFirst()
                .map(kpi -> Long.toString(kpi.id().value()));
    }
}
