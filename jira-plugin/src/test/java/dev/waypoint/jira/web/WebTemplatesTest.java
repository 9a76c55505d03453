package dev.waypoint.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template of the web surfaces rendered with Velocity 1.7 and HTML escaping on, for each state of its view
 * model (code-style §3 rule 17): no typo, no missing key, user text only ever as text, no script and no inline
 * handler.
 */
class WebTemplatesTest {

    static List<String> payloads() {
        return WebTemplates.xssPayloads();
    }

    private static void assertNoScript(String html) {
        assertThat(HtmlCheck.problems(html)).as("script, inline handler or javascript: URL in%n%s", html).isEmpty();
    }

    @Nested
    class ProjectPage {

        @Test
        void givenAViewer_rendering_showsTheRegionsTheScriptFillsAndNoMessage() {
            String html = WebTemplates.render(WebTemplates.PROJECT_PAGE,
                    new ProjectPageModel("SUP", "Customer Support", "lead", ViewerAccess.VIEW));

            assertThat(html).contains("id=\"waypoint-project-page\"", "data-project-key=\"SUP\"",
                    "data-viewer-key=\"lead\"",
                    "data-state=\"loading\"", "OKRs &amp; KPIs of Customer Support", "data-region=\"tree\"",
                    "data-region=\"scorecard\"", "data-region=\"insights\"", "id=\"waypoint-cycle-picker\"",
                    "<label for=\"waypoint-cycle-picker\">Cycle</label>")
                    .doesNotContain("waypoint-no-access");
            assertNoScript(html);
        }

        @Test
        void givenNoPermission_rendering_showsAClearMessageAndNoRegion() {
            String html = WebTemplates.render(WebTemplates.PROJECT_PAGE,
                    new ProjectPageModel("SUP", "Customer Support", "lead", ViewerAccess.NO_PERMISSION));

            assertThat(html).contains("id=\"waypoint-no-access\"", "data-state=\"denied\"",
                    "You do not have permission to browse project SUP")
                    .doesNotContain("data-region=\"tree\"", "waypoint-cycle-picker");
            assertNoScript(html);
        }

        @Test
        void givenNobodyLoggedIn_rendering_asksToLogIn() {
            String html = WebTemplates.render(WebTemplates.PROJECT_PAGE,
                    new ProjectPageModel("SUP", "Customer Support", "lead", ViewerAccess.NOT_LOGGED_IN));

            assertThat(html).contains("Log in to see this page").doesNotContain("data-region=\"tree\"");
        }

        @ParameterizedTest
        @MethodSource("dev.waypoint.jira.web.WebTemplatesTest#payloads")
        void givenAHostileProjectName_rendering_showsItAsText(String payload) {
            String html = WebTemplates.render(WebTemplates.PROJECT_PAGE,
                    new ProjectPageModel("SUP", payload, payload, ViewerAccess.VIEW));

            assertNoScript(html);
            assertThat(html).contains(escaped("OKRs & KPIs of " + payload),
                    "data-viewer-key=\"" + escaped(payload) + "\"");
        }
    }

    @Nested
    class IssuePanel {

        @Test
        void givenAViewer_rendering_showsTheListRegionWithTheIssueKey() {
            String html = WebTemplates.render(WebTemplates.ISSUE_PANEL,
                    new IssuePanelModel("SUP-12", "SUP", ViewerAccess.VIEW));

            assertThat(html).contains("id=\"waypoint-issue-panel\"", "data-issue-key=\"SUP-12\"",
                    "data-project-key=\"SUP\"", "data-region=\"list\"", "aria-label=\"Key results that SUP-12 drives\"")
                    .doesNotContain("waypoint-no-access");
            assertNoScript(html);
        }

        @Test
        void givenNoPermission_rendering_showsAMessageAndNoList() {
            String html = WebTemplates.render(WebTemplates.ISSUE_PANEL,
                    new IssuePanelModel("SUP-12", "SUP", ViewerAccess.NO_PERMISSION));

            assertThat(html).contains("waypoint-no-access", "data-state=\"denied\"")
                    .doesNotContain("data-region=\"list\"");
        }

        @Test
        void givenNobodyLoggedIn_rendering_asksToLogIn() {
            String html = WebTemplates.render(WebTemplates.ISSUE_PANEL,
                    new IssuePanelModel("SUP-12", "SUP", ViewerAccess.NOT_LOGGED_IN));

            assertThat(html).contains("only to users who are logged in").doesNotContain("data-region=\"list\"");
        }

        @ParameterizedTest
        @MethodSource("dev.waypoint.jira.web.WebTemplatesTest#payloads")
        void givenAHostileIssueKey_rendering_keepsItInsideItsAttribute(String payload) {
            String html = WebTemplates.render(WebTemplates.ISSUE_PANEL,
                    new IssuePanelModel(payload, "SUP", ViewerAccess.VIEW));

            assertNoScript(html);
            assertThat(html).contains("data-issue-key=\"" + escaped(payload) + "\"");
        }
    }

    /** What Velocity's EscapeHtmlReference (commons-lang 2 StringEscapeUtils.escapeHtml) makes of a text. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
