package dev.waypoint.preview.pages;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.jira.web.KpiPageContextProvider;
import dev.waypoint.jira.web.KpiPageModel;
import dev.waypoint.jira.web.KpiPageModelFactory;
import dev.waypoint.jira.web.WebResourceKeys;
import dev.waypoint.preview.page.PageNotFoundException;
import dev.waypoint.preview.page.PageRequest;
import dev.waypoint.preview.page.PageRoute;
import dev.waypoint.preview.page.PageView;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.SampleProject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The KPI pages of the preview (issue 10): a project's KPIs, where Jira's project sidebar item "KPIs" leads
 * ({@value #PROJECT_KPIS}, the preview's stand-in for {@code /projects/KEY?selectedItem=...:waypoint-project-kpis-link}),
 * rendered by the app's context provider ({@code KpiPageContextProvider}); and the KPI directory at the app servlet's
 * own path ({@value #DIRECTORY}), with the view model and web resources the servlet ({@code KpiDirectoryServlet})
 * gives it. Both render the app's template {@code templates/web/kpi-page.vm}; a KPI's page is the same address with
 * {@code ?kpi=<id>}.
 */
public final class KpiPages {

    public static final String PROJECT_KPIS = "/projects/{projectKey}/kpis";
    public static final String DIRECTORY = "/plugins/servlet/waypoint/kpis";
    static final String PROJECT_TEMPLATE = "templates/preview-pages/kpi-project-view.vm";
    static final String DIRECTORY_TEMPLATE = "templates/web/kpi-page.vm";

    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final PreviewDirectory directory;

    public KpiPages(CurrentUser currentUser, Permissions permissions, PreviewDirectory directory) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.directory = Objects.requireNonNull(directory, "'directory' must not be null");
    }

    public List<PageRoute> routes() {
        return List.of(new PageRoute(PROJECT_KPIS, this::projectKpis), new PageRoute(DIRECTORY, this::directory));
    }

    static String projectKpisUrl(String projectKey) {
        return "/projects/" + projectKey + "/kpis";
    }

    /** {@code /projects/{KEY}/kpis}: the project's KPI page in the project-centric view. */
    PageView projectKpis(PageRequest request) {
        String key = request.pathParameter("projectKey");
        SampleProject sample = directory.projects().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new PageNotFoundException("no sample project " + key));
        PreviewProject project = new PreviewProject(10000L + directory.projects().indexOf(sample), sample.key(),
                sample.name());
        RecordingPageBuilder pageBuilder = new RecordingPageBuilder();
        Map<String, Object> context = new KpiPageContextProvider(currentUser, permissions, pageBuilder)
                .getContextMap(new HashMap<>(Map.of(KpiPageContextProvider.PROJECT, project)));
        KpiPageModel model = (KpiPageModel) context.get(KpiPageContextProvider.MODEL);
        ProjectFrame frame = new ProjectFrame(project.key(), project.name(),
                WaypointPages.projectPageUrl(project.key()), projectKpisUrl(project.key()));
        return new PageView("waypoint.preview.pages.kpis.title", List.of(project.name()), PROJECT_TEMPLATE,
                Map.of("model", model, "frame", frame), pageBuilder.required());
    }

    /** {@code /plugins/servlet/waypoint/kpis}: the directory of every KPI the viewer may see. */
    PageView directory(PageRequest request) {
        KpiPageModel model = new KpiPageModelFactory(permissions).directory(currentUser.key());
        return new PageView("waypoint.preview.pages.directory.title", List.of(), DIRECTORY_TEMPLATE,
                Map.of("model", model), model.canView() ? List.of(WebResourceKeys.KPI_PAGES) : List.of());
    }
}
