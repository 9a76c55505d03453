package dev.waypoint.jira.web;

import com.atlassian.jira.web.action.JiraWebActionSupport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * {@code /secure/WaypointCompany.jspa}: the company page ({@link AppPage#COMPANY}), opened from the top navigation item
 * "OKRs". Declared with {@code roles-required="use"}: licensed users; what each may see is decided by the REST calls
 * the page makes (DESIGN §5).
 */
public class WaypointCompanyAction extends JiraWebActionSupport {

    private static final long serialVersionUID = 1L;

    private final transient PageBuilderService pageBuilder;

    @Inject
    public WaypointCompanyAction(PageBuilderService pageBuilder) {
        this.pageBuilder = Objects.requireNonNull(pageBuilder, "'pageBuilder' must not be null");
    }

    @Override
    protected String doExecute() {
        AppPage.COMPANY.require(pageBuilder);
        return SUCCESS;
    }
}
