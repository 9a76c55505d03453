package dev.waypoint.jira.web;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The context of a project's KPI page, the web-panel of the project sidebar's "KPIs" item
 * ({@code templates/web/kpi-page.vm}): Jira's context with {@code model} ({@link KpiPageModel}) added. Jira's
 * project-centric view puts the selected project into the context as {@value #PROJECT}. When the viewer may see the
 * page, its web resources are required for this page.
 */
public class KpiPageContextProvider implements ContextProvider {

    /** Jira's context key of the current project ({@link Project}). */
    public static final String PROJECT = "project";

    /** The template's view model. */
    public static final String MODEL = "model";

    private final CurrentUser currentUser;
    private final KpiPageModelFactory factory;
    private final PageBuilderService pageBuilder;

    public KpiPageContextProvider(CurrentUser currentUser, Permissions permissions, PageBuilderService pageBuilder) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.factory = new KpiPageModelFactory(permissions);
        this.pageBuilder = Objects.requireNonNull(pageBuilder, "'pageBuilder' must not be null");
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Object project = context.get(PROJECT);
        KpiPageModel model = factory.project(project instanceof Project p ? p : null, currentUser.key());
        if (model.canView()) {
            pageBuilder.assembler().resources().requireWebResource(WebResourceKeys.KPI_PAGES);
        }
        Map<String, Object> result = new HashMap<>(context);
        result.put(MODEL, model);
        return result;
    }
}
