package dev.waypoint.preview.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.jira.web.AppPage;
import dev.waypoint.preview.PreviewServer;
import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.issues.DirectoryGroups;
import dev.waypoint.preview.page.PageForbiddenException;
import dev.waypoint.preview.page.PageRequest;
import dev.waypoint.preview.page.PageShell;
import dev.waypoint.preview.page.PageView;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.velocity.VelocityTemplates;
import dev.waypoint.preview.webresource.WebItems;
import dev.waypoint.preview.webresource.WebResources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app's own pages in the preview: the admin page only for Jira administrators (the others get the
 * permission-violation page), both decorated (the body of the app's whole-page template inside the preview's frame,
 * once, with the web resources the action requires), the header's links from the descriptor's web-items, and Jira's
 * group picker over the sample's groups. Rendered with strict Velocity and a strict bundle.
 */
class AppPagesTest {

    private static final PreviewDirectory DIRECTORY = PreviewDirectory.standard();
    private static final ClassLoader LOADER = AppPagesTest.class.getClassLoader();
    private static final PageShell SHELL = new PageShell(new VelocityTemplates(VelocityTemplates.Mode.STRICT),
            PreviewI18n.load(LOADER, PreviewI18n.MissingKeys.FAIL), DIRECTORY,
            WebResources.fromClasspath(LOADER, PreviewServer.APP_DESCRIPTOR),
            WebItems.fromClasspath(LOADER, PreviewServer.APP_DESCRIPTOR));
    private static final AppPages PAGES = new AppPages();

    private static PageRequest request(String path, String user) {
        return new PageRequest(path, Map.of(), Map.of(), DIRECTORY.find(user).orElseThrow());
    }

    @Test
    void givenTheAdmin_adminPage_isTheAppsTemplateBodyInsideTheAdministrationFrameWithItsResources() {
        PageView view = PAGES.adminPage(request(AppPage.ADMIN.path(), "admin"));

        String html = SHELL.render(view, DIRECTORY.find("admin").orElseThrow(), AppPage.ADMIN.path());

        assertThat(view.webResources()).containsExactly(AppPage.ADMIN.webResource());
        assertThat(html).containsOnlyOnce("id=\"waypoint-admin-page\"").doesNotContain(PageView.BODY_MARKER)
                .doesNotContain("<meta name=\"decorator\"").contains("Manage apps")
                .contains("/download/resources/dev.waypoint.waypoint-jira:waypoint-admin-page/admin-init.js")
                .contains("<title>Waypoint administration - ");
        assertThat(html.indexOf("waypoint-preview-sidebar")).isLessThan(html.indexOf("id=\"waypoint-admin-page\""));
        assertThat(html).contains("id=\"waypoint-company-link\" href=\"/secure/WaypointCompany.jspa\">OKRs</a>")
                .contains("id=\"waypoint-admin-link\" href=\"/secure/admin/WaypointAdmin.jspa\">Administration</a>");
    }

    @Test
    void givenOtherUsers_adminPage_isForbiddenAndTheHeaderHasNoAdministrationLink() {
        for (String user : List.of("lead", "agent", "outsider")) {
            assertThatThrownBy(() -> PAGES.adminPage(request(AppPage.ADMIN.path(), user)))
                    .isInstanceOf(PageForbiddenException.class);
            String company = SHELL.render(PAGES.companyPage(request(AppPage.COMPANY.path(), user)),
                    DIRECTORY.find(user).orElseThrow(), AppPage.COMPANY.path());
            assertThat(company).contains("id=\"waypoint-company-page\"").contains("id=\"waypoint-company-link\"")
                    .doesNotContain("waypoint-admin-link");
        }
    }

    @Test
    void givenAPageWithoutBody_decorating_fails() {
        assertThat(PageShellBodies.body("<html><body class=\"x\">inside</body></html>")).isEqualTo("inside");
        assertThatThrownBy(() -> PageShellBodies.body("<div>no body</div>")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givenAQuery_groupPicker_findsMatchingGroupsByNameWithEscapedHtml() {
        GroupPickerResource picker = new GroupPickerResource(new DirectoryGroups(Map.of("jira-administrators",
                List.of("admin"), "support-agents", List.of("agent"), "<b>odd</b>", List.of()), Map.of()));

        GroupPickerResource.FoundGroups found = picker.find("ADMIN", 10);

        assertThat(found.total()).isEqualTo(1);
        assertThat(found.groups()).extracting(GroupPickerResource.FoundGroup::name)
                .containsExactly("jira-administrators");
        assertThat(picker.find("", 1).groups()).hasSize(1);
        assertThat(picker.find("odd", null).groups().get(0).html()).isEqualTo("&lt;b&gt;odd&lt;/b&gt;");
        assertThat(picker.find(null, null).total()).isEqualTo(3);
    }
}
