package dev.waypoint.preview.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.preview.page.PageRequest;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.page.PageView;
import java.util.List;
import java.util.Objects;

/**
 * The preview's dashboard at Jira's address for one ({@value #DASHBOARD}) and the same dashboard as a wallboard at the
 * address of Jira's "View as wallboard" ({@value #WALLBOARD}): a page that loads the web resources of the
 * {@code atl.dashboard} context, as Jira's dashboard does, and the host script that places the items and gives each
 * its dashboard API ({@code preview-static/preview/dashboard-host.js}).
 */
public final class DashboardPages {

    public static final String DASHBOARD = "/secure/Dashboard.jspa";
    public static final String WALLBOARD = "/plugins/servlet/Wallboard/";
    static final String TEMPLATE = "templates/preview-dashboard/dashboard.vm";

    private final List<String> dashboardResources;
    private final DashboardHostResource host;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param dashboardResources the keys of the app's web resources in context {@code atl.dashboard}
     * @param host               the dashboard's items as the viewer gets them
     */
    public DashboardPages(List<String> dashboardResources, DashboardHostResource host) {
        this.dashboardResources = List.copyOf(dashboardResources);
        this.host = Objects.requireNonNull(host, "'host' must not be null");
    }

    public List<PageRoute> routes() {
        return List.of(new PageRoute(DASHBOARD, request -> page(request, false)),
                new PageRoute(WALLBOARD, request -> page(request, true)));
    }

    private PageView page(PageRequest request, boolean wallboard) {
        String dashboard;
        try {
            dashboard = json.writeValueAsString(host.dashboard(request.user()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String title = wallboard ? "waypoint.preview.dashboard.wallboard.title" : "waypoint.preview.dashboard.title";
        return PageView.of(title, TEMPLATE,
                DashboardPageModel.of(wallboard, DashboardHostResource.editable(request.user()), dashboard))
                .withWebResources(dashboardResources.toArray(String[]::new));
    }
}
