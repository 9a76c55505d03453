package dev.waypoint.preview.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.access.AccessSettings;
import dev.waypoint.access.Permissions;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.issue.StatusCategory;
import dev.waypoint.jira.web.IssuePanelModel;
import dev.waypoint.jira.web.ProjectPageModel;
import dev.waypoint.jira.web.ViewerAccess;
import dev.waypoint.preview.PreviewServer;
import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.page.PageNotFoundException;
import dev.waypoint.preview.page.PageRequest;
import dev.waypoint.preview.page.PageShell;
import dev.waypoint.preview.page.PageView;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.PreviewUser;
import dev.waypoint.preview.velocity.VelocityTemplates;
import dev.waypoint.preview.webresource.WebResources;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The preview's project page and issue view: the app's context providers decide, the pages render the app's templates
 * inside the stand-ins for Jira's pages with the view models and web resources the providers give. Rendered with
 * strict Velocity and a strict bundle (code-style rule 17).
 */
class WaypointPagesTest {

    private static final PreviewDirectory DIRECTORY = PreviewDirectory.standard();
    private static final PreviewI18n I18N = PreviewI18n.load(WaypointPagesTest.class.getClassLoader(),
            PreviewI18n.MissingKeys.FAIL);
    private static final PageShell SHELL = new PageShell(new VelocityTemplates(VelocityTemplates.Mode.STRICT), I18N,
            DIRECTORY,
            WebResources.fromClasspath(WaypointPagesTest.class.getClassLoader(), PreviewServer.APP_DESCRIPTOR));

    /** The preview users' project permissions, as Jira's facts. */
    private static final AccessFacts FACTS = new AccessFacts() {
        private PreviewUser user(UserKey key) {
            return DIRECTORY.find(key.value()).orElseThrow();
        }

        @Override
        public boolean isLicensed(UserKey user) {
            return DIRECTORY.find(user.value()).isPresent();
        }

        @Override
        public boolean isJiraAdmin(UserKey user) {
            return user(user).permissions().jiraAdmin();
        }

        @Override
        public boolean isInGroup(UserKey user, String group) {
            return false;
        }

        @Override
        public boolean canBrowseProject(UserKey user, ProjectKey project) {
            return user(user).permissions().mayBrowse(project.value());
        }

        @Override
        public boolean isProjectAdmin(UserKey user, ProjectKey project) {
            return user(user).permissions().mayAdminister(project.value());
        }

        @Override
        public AccessSettings settings() {
            return AccessSettings.DEFAULTS;
        }
    };

    private static final IssueRef SUP_7 = new IssueRef(new IssueId(10007), "SUP-7", "Printer <b>on fire</b>",
            StatusCategory.IN_PROGRESS, new IssueId(10001), "SUP-1", new ProjectKey("SUP"));

    /** SUP-7 exists; those who may browse SUP see it. */
    private static final IssueDirectory ISSUES = new IssueDirectory() {
        @Override
        public Optional<IssueRef> findVisible(UserKey viewer, String issueKey) {
            return issueKey.equals("SUP-7") && FACTS.canBrowseProject(viewer, SUP_7.project()) ? Optional.of(SUP_7)
                    : Optional.empty();
        }

        @Override
        public Map<IssueId, IssueRef> findVisible(UserKey viewer, Collection<IssueId> ids) {
            return Map.of();
        }
    };

    private String username = "lead";

    private final WaypointPages pages = new WaypointPages(() -> Optional.of(new UserKey(username)),
            new Permissions(FACTS), ISSUES, DIRECTORY);

    private PageRequest request(String path, Map<String, String> parameters) {
        return new PageRequest(path, parameters, Map.of(), DIRECTORY.find(username).orElseThrow());
    }

    private String render(PageView view) {
        return SHELL.render(view, DIRECTORY.find(username).orElseThrow(), "/");
    }

    @Test
    void givenTheLead_projectPage_rendersTheAppsTemplateWithItsModelAndResources() {
        PageView view = pages.projectPage(request("/projects/SUP/waypoint", Map.of("projectKey", "SUP")));

        assertThat(view.context().get("model"))
                .isEqualTo(new ProjectPageModel("SUP", "Customer Support", "lead", ViewerAccess.VIEW));
        assertThat(view.webResources()).containsExactly("dev.waypoint.waypoint-jira:waypoint-project-page");
        String html = render(view);
        assertThat(html).contains("<title>Customer Support OKRs &amp; KPIs - Waypoint preview</title>",
                "id=\"waypoint-project-page\"", "data-project-key=\"SUP\"", "aria-current=\"page\"",
                "/download/resources/dev.waypoint.waypoint-jira:waypoint-chart/chart.umd.min.js",
                "/download/resources/dev.waypoint.waypoint-jira:waypoint-common/dom.js",
                "/download/resources/dev.waypoint.waypoint-jira:waypoint-project-page/page-init.js",
                "/download/resources/dev.waypoint.waypoint-jira:waypoint-common/waypoint-common.css");
        assertThat(html.indexOf("waypoint-common/dom.js")).isLessThan(html.indexOf("waypoint-project-page/page.js"));
    }

    @Test
    void givenTheOutsider_projectPage_rendersTheMessageAndLoadsNoScriptOfTheApp() {
        username = "outsider";

        PageView view = pages.projectPage(request("/projects/SUP/waypoint", Map.of("projectKey", "SUP")));

        assertThat(((ProjectPageModel) view.context().get("model")).access()).isEqualTo(ViewerAccess.NO_PERMISSION);
        assertThat(view.webResources()).isEmpty();
        assertThat(render(view)).contains("id=\"waypoint-no-access\"").doesNotContain("/download/resources/");
    }

    @Test
    void givenAnUnknownProjectOrIssueKey_pages_answerNotFound() {
        assertThatThrownBy(() -> pages.projectPage(request("/projects/NOPE/waypoint", Map.of("projectKey", "NOPE"))))
                .isInstanceOf(PageNotFoundException.class);
        assertThatThrownBy(() -> pages.issueView(request("/browse/SUP-0", Map.of("issueKey", "SUP-0"))))
                .isInstanceOf(PageNotFoundException.class);
        assertThatThrownBy(() -> pages.issueView(request("/browse/NOPE-1", Map.of("issueKey", "NOPE-1"))))
                .isInstanceOf(PageNotFoundException.class);
    }

    @Test
    void givenTheLead_issueView_rendersTheIssueWithTheAppsPanel() {
        PageView view = pages.issueView(request("/browse/SUP-7", Map.of("issueKey", "SUP-7")));

        assertThat(view.context().get("model")).isEqualTo(new IssuePanelModel("SUP-7", "SUP", ViewerAccess.VIEW));
        assertThat(view.webResources()).containsExactly("dev.waypoint.waypoint-jira:waypoint-issue-panel");
        String html = render(view);
        assertThat(html).contains("<title>SUP-7 - Waypoint preview</title>",
                "<h1 id=\"waypoint-preview-issue-summary\">Printer &lt;b&gt;on fire&lt;/b&gt;</h1>",
                "href=\"/browse/SUP-1\"", "id=\"waypoint-issue-panel\"", "data-issue-key=\"SUP-7\"",
                ">Key results</h2>", "In Progress",
                "/download/resources/dev.waypoint.waypoint-jira:waypoint-issue-panel/panel-init.js")
                .doesNotContain("waypoint-project-page/");
    }

    @Test
    void givenAnIssueTheViewerMayNotSee_issueView_saysSoAndShowsNoPanel() {
        username = "outsider";

        PageView view = pages.issueView(request("/browse/SUP-7", Map.of("issueKey", "SUP-7")));

        assertThat(view.context()).doesNotContainKey("model");
        assertThat(view.webResources()).isEmpty();
        assertThat(render(view)).contains("id=\"waypoint-preview-issue-hidden\"",
                "The issue SUP-7 does not exist, or you do not have permission to see it.")
                .doesNotContain("waypoint-issue-panel", "Printer");
    }

    @Test
    void givenTheRoutes_pages_answerTheAppsPaths() {
        assertThat(pages.routes().stream().map(route -> route.template()).toList())
                .isEqualTo(List.of("/projects/{projectKey}/waypoint", "/browse/{issueKey}"));
    }
}
