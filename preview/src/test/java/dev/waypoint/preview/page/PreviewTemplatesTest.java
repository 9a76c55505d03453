package dev.waypoint.preview.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.basics.HomeModel;
import dev.waypoint.preview.i18n.PreviewI18n;
import dev.waypoint.preview.support.EchoModel;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.velocity.VelocityTemplates;
import dev.waypoint.preview.webresource.WebResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every template of the preview, rendered inside the shell with strict Velocity (a typo in a reference fails) and a
 * strict bundle (a missing i18n key fails) (code-style rule 17).
 */
class PreviewTemplatesTest {

    static final PreviewDirectory DIRECTORY = PreviewDirectory.standard();
    static final PreviewI18n I18N = PreviewI18n.load(PreviewTemplatesTest.class.getClassLoader(),
            PreviewI18n.MissingKeys.FAIL);
    static final PageShell SHELL = new PageShell(new VelocityTemplates(VelocityTemplates.Mode.STRICT), I18N, DIRECTORY,
            WebResources.fromClasspath(PreviewTemplatesTest.class.getClassLoader(), "preview-test-plugin.xml"));

    static String render(PageView view) {
        return SHELL.render(view, DIRECTORY.find("lead").orElseThrow(), "/here?x=<y>");
    }

    @Test
    void givenHomeModel_shellAndHome_render() {
        String html = render(PageView.of("waypoint.preview.home.title", "templates/preview/home.vm",
                HomeModel.of(DIRECTORY)));

        assertThat(html)
                .contains("<title>Home - Waypoint preview</title>")
                .contains("<option value=\"lead\" selected>Leo Lead (team lead, administers the sample projects)")
                .contains("<input type=\"hidden\" name=\"returnTo\" value=\"/here?x=&lt;y&gt;\">")
                .contains("<meta name=\"ajs-remote-user\" content=\"lead\">")
                .contains("This is a preview of Waypoint running on sample data outside Jira.")
                .contains("<a class=\"waypoint-preview-project-page\" href=\"/projects/SUP/waypoint\">"
                        + "OKRs &amp; KPIs of Customer Support</a>");
    }

    @Test
    void givenTheStandardDirectory_home_listsEverySampleProjectWithItsPageAndAnIssue() {
        String html = render(PageView.of("waypoint.preview.home.title", "templates/preview/home.vm",
                HomeModel.of(DIRECTORY)));

        assertThat(html)
                .contains("<li data-project-key=\"SUP\">", "<li data-project-key=\"APP\">",
                        "<li data-project-key=\"WEB\">")
                .contains("<a class=\"waypoint-preview-project-page\" href=\"/projects/WEB/waypoint\">"
                        + "OKRs &amp; KPIs of Web Platform</a>")
                .contains("<a class=\"waypoint-preview-issue-view\" href=\"/browse/WEB-1\">Issue WEB-1</a>");
    }

    @Test
    void givenErrorModels_error_rendersWithAndWithoutCorrelationId() {
        String notFound = render(PageView.of("waypoint.preview.error.notFound.heading", ErrorPages.TEMPLATE,
                new ErrorModel("waypoint.preview.error.notFound.heading", "waypoint.preview.error.notFound.message",
                        null)));
        String internal = render(PageView.of("waypoint.preview.error.internal.heading", ErrorPages.TEMPLATE,
                new ErrorModel("waypoint.preview.error.internal.heading", "waypoint.preview.error.internal.message",
                        "abc-123")));

        assertThat(notFound).contains("<h1>Page not found</h1>").doesNotContain("Correlation id");
        assertThat(internal).contains("data-correlation-id=\"abc-123\">Correlation id: abc-123</p>");
    }

    @Test
    void givenTestPage_echo_rendersEscapedWithItsWebResources() {
        String html = render(PageView.of("waypoint.preview.home.title", "templates/test/echo.vm",
                new EchoModel("<img src=x onerror=alert(1)>")).withWebResources("test-page"));

        assertThat(html)
                .contains("data-value=\"&lt;img src=x onerror=alert(1)&gt;\">&lt;img src=x onerror=alert(1)&gt;</p>")
                .contains("href=\"/download/resources/dev.waypoint.waypoint-jira:test-common/test-common.css\"")
                .contains("src=\"/download/resources/dev.waypoint.waypoint-jira:test-page/test-page.js\"");
    }

    @Test
    void givenPreviewTemplates_folder_hasOnlyTheTemplatesRenderedHere() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/preview"))) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
                    .isEqualTo(List.of("error.vm", "home.vm", "shell.vm"));
        }
    }
}
