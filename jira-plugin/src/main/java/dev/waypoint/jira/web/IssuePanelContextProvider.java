package dev.waypoint.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The context of the issue panel's web-panel ({@code templates/web/issue-panel.vm}): Jira's context with
 * {@code model} ({@link IssuePanelModel}) added. Jira's issue view puts the issue into a web-panel's context as
 * {@value #ISSUE}. When the viewer may see the panel, its web resources are required for this page.
 */
public class IssuePanelContextProvider implements ContextProvider {

    /** Jira's context key of the viewed issue ({@link Issue}). */
    public static final String ISSUE = "issue";

    /** The template's view model. */
    public static final String MODEL = "model";

    private final CurrentUser currentUser;
    private final IssuePanelModelFactory factory;
    private final PageBuilderService pageBuilder;

    public IssuePanelContextProvider(CurrentUser currentUser, Permissions permissions,
            PageBuilderService pageBuilder) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.factory = new IssuePanelModelFactory(permissions);
        this.pageBuilder = Objects.requireNonNull(pageBuilder, "'pageBuilder' must not be null");
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Object issue = context.get(ISSUE);
        IssuePanelModel model = factory.create(issue instanceof Issue i ? i : null, currentUser.key());
        if (model.canView()) {
            pageBuilder.assembler().resources().requireWebResource(WebResourceKeys.ISSUE_PANEL);
        }
        Map<String, Object> result = new HashMap<>(context);
        result.put(MODEL, model);
        return result;
    }
}
