package dev.waypoint.jira.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * The KPI directory, {@code /plugins/servlet/waypoint/kpis} (the top navigation's "KPIs"): every KPI the viewer may
 * see, and a KPI's page when the URL names one ({@code ?kpi=<id>}, rendered by the page's JavaScript). The page is
 * {@code templates/web/kpi-directory.vm}, which Jira decorates as a general page ({@code atl.general}) around the
 * same body as a project's KPI page ({@code templates/web/kpi-page.vm}).
 *
 * <p>A plugin servlet rendered with the template renderer, as Jira's own reference plugin does
 * ({@code com.atlassian.jira.dev.reference.plugin.servlet.ReferenceAtlassianTemplateRendererServlet}). UNVERIFIED
 * against a running Jira 11.3: that Jira's Sitemesh decorates a plugin servlet's page by its {@code decorator} meta
 * tag, and that REST v2's default access rules leave plugin servlets to the app (the page itself asks anonymous
 * users to log in).
 */
public class KpiDirectoryServlet extends HttpServlet {

    /** The template of the whole page. */
    public static final String TEMPLATE = "templates/web/kpi-directory.vm";

    private final transient CurrentUser currentUser;
    private final transient KpiPageModelFactory factory;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient I18nResolver i18n;

    public KpiDirectoryServlet(CurrentUser currentUser, Permissions permissions, TemplateRenderer renderer,
            PageBuilderService pageBuilder, I18nResolver i18n) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.factory = new KpiPageModelFactory(permissions);
        this.renderer = Objects.requireNonNull(renderer, "'renderer' must not be null");
        this.pageBuilder = Objects.requireNonNull(pageBuilder, "'pageBuilder' must not be null");
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        KpiPageModel model = factory.directory(currentUser.key());
        if (model.canView()) {
            pageBuilder.assembler().resources().requireWebResource(WebResourceKeys.KPI_PAGES);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, Map.of("model", model, "i18n", i18n), response.getWriter());
    }
}
