package dev.waypoint.jira.web;

import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * {@code /secure/admin/WaypointAdmin.jspa}: Waypoint's admin page ({@link AppPage#ADMIN}), the app's "Configure" page
 * ({@code configure.url}). Declared with {@code roles-required="admin"}, so Jira itself refuses everybody but Jira
 * administrators before this runs; the REST calls the page makes check again (403).
 */
public class WaypointAdminAction extends JiraWebActionSupport {

    private static final long serialVersionUID = 1L;

    private final transient PageBuilderService pageBuilder;

    @Inject
    public WaypointAdminAction(PageBuilderService pageBuilder) {
        this.pageBuilder = Objects.requireNonNull(pageBuilder, "'pageBuilder' must not be null");
    }

    @Override
    protected String doExecute() {
        AppPage.ADMIN.require(pageBuilder);
        return SUCCESS;
    }
}
