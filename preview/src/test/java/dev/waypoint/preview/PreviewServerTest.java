package dev.waypoint.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.jira.ao.AoCycle;
import dev.waypoint.preview.basics.BasicsModule;
import dev.waypoint.preview.support.PreviewHttp;
import dev.waypoint.preview.support.TestModule;
import dev.waypoint.preview.user.UserCookie;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The preview server on a free port with a temporary data folder, over HTTP. */
class PreviewServerTest {

    static final String DESCRIPTOR = "preview-test-plugin.xml";
    static final List<PreviewModule> MODULES = List.of(new BasicsModule(), new TestModule());

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Running {

        PreviewServer server;
        PreviewHttp http;

        @BeforeAll
        void start(@TempDir Path data) throws Exception {
            server = PreviewServer.start(PreviewOptions.forTest(data), MODULES, DESCRIPTOR);
            http = new PreviewHttp(server.baseUri());
        }

        @AfterAll
        void stop() {
            server.close();
        }

        @Test
        void givenNoUserCookie_home_rendersShellWithBannerAndDefaultUser() {
            HttpResponse<String> home = http.get("/");

            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
            assertThat(home.body())
                    .contains("<title>Home - Waypoint preview</title>")
                    .contains("id=\"waypoint-preview-banner\"")
                    .contains("This is a preview of Waypoint running on sample data outside Jira.")
                    .contains("<option value=\"admin\" selected>Ada Admin (Jira administrator)</option>")
                    .contains("href=\"/aui/aui-prototyping.css\"", "src=\"/aui/aui-prototyping.js\"")
                    .contains("href=\"/projects/SUP/waypoint\"", "href=\"/browse/SUP-1\"")
                    .doesNotContain("<script>", " onclick=", " onload=");
        }

        @Test
        void givenUserCookie_whoami_answersThatUser() {
            HttpResponse<String> lead = http.get("/rest/preview/1.0/whoami", "Cookie", UserCookie.NAME + "=lead");
            HttpResponse<String> outsider = http.get("/rest/preview/latest/whoami",
                    "Cookie", UserCookie.NAME + "=outsider");

            assertThat(lead.statusCode()).isEqualTo(200);
            assertThat(lead.body()).contains("\"username\":\"lead\"", "\"role\":\"TEAM_LEAD\"",
                    "\"administerProjects\":[\"APP\",\"SUP\"]");
            assertThat(outsider.body()).contains("\"username\":\"outsider\"", "\"browseProjects\":[]");
        }

        @Test
        void givenUnknownUserInCookie_whoami_answersDefaultUser() {
            HttpResponse<String> response = http.get("/rest/preview/1.0/whoami",
                    "Cookie", UserCookie.NAME + "=mallory");

            assertThat(response.body()).contains("\"username\":\"admin\"");
        }

        @Test
        void givenSameOriginForm_switchUser_setsStrictCookieAndRedirectsBack() {
            HttpResponse<String> response = http.postForm("/preview/switch-user",
                    Map.of("user", "agent", "returnTo", "/browse/SUP-1"), "Origin", http.origin());

            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue("/browse/SUP-1");
            assertThat(response.headers().firstValue("Set-Cookie")).get().asString()
                    .startsWith(UserCookie.NAME + "=agent;").contains("HttpOnly", "SameSite=Strict", "Path=/");
            assertThat(http.get("/", "Cookie", UserCookie.NAME + "=agent").body())
                    .contains("<option value=\"agent\" selected>");
        }

        @Test
        void givenSameOriginRefererOnly_switchUser_isAccepted() {
            HttpResponse<String> response = http.postForm("/preview/switch-user", Map.of("user", "lead"),
                    "Referer", http.origin() + "/projects/SUP/waypoint");

            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).hasValue("/");
        }

        @Test
        void givenForeignReturnTo_switchUser_redirectsHome() {
            HttpResponse<String> response = http.postForm("/preview/switch-user",
                    Map.of("user", "lead", "returnTo", "//evil.example/"), "Origin", http.origin());

            assertThat(response.headers().firstValue("Location")).hasValue("/");
        }

        @Test
        void givenCrossOriginPost_switchUser_isRefusedWithoutCookie() {
            HttpResponse<String> foreign = http.postForm("/preview/switch-user", Map.of("user", "lead"),
                    "Origin", "http://evil.example");
            HttpResponse<String> anonymous = http.postForm("/preview/switch-user", Map.of("user", "lead"));

            assertThat(foreign.statusCode()).isEqualTo(403);
            assertThat(foreign.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(foreign.body()).contains("This request did not come from a page of the preview");
            assertThat(anonymous.statusCode()).isEqualTo(403);
        }

        @Test
        void givenUnknownUser_switchUser_isBadRequest() {
            HttpResponse<String> response = http.postForm("/preview/switch-user", Map.of("user", "mallory"),
                    "Origin", http.origin());

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("There is no such preview user.");
        }

        @Test
        void givenUnknownPaths_get_answers404PageOrJson() {
            HttpResponse<String> page = http.get("/no/such/page");
            HttpResponse<String> file = http.get("/aui/no-such-file.js");
            HttpResponse<String> rest = http.get("/rest/nothing/1.0/here");
            HttpResponse<String> restInModule = http.get("/rest/preview/1.0/nothing");

            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(page.body()).contains("Page not found", "id=\"waypoint-preview-banner\"");
            assertThat(file.statusCode()).isEqualTo(404);
            assertThat(rest.statusCode()).isEqualTo(404);
            assertThat(rest.body())
                    .isEqualTo("{\"errors\":[{\"message\":\"There is no REST resource at this address.\"}]}");
            assertThat(restInModule.statusCode()).isEqualTo(404);
            assertThat(restInModule.body()).contains("There is no REST resource at this address.");
        }

        @Test
        void givenOnlyThePreviewsOwnModule_theAppsSurfaces_answer404() {
            assertThat(http.get("/projects/SUP/waypoint").statusCode()).isEqualTo(404);
            assertThat(http.get("/browse/APP-12").statusCode()).isEqualTo(404);
        }

        @Test
        void givenFailingPage_get_answers500PageWithCorrelationIdAndNoStackTrace() {
            HttpResponse<String> response = http.get(TestModule.FAILING_PAGE);

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body())
                    .contains("Something went wrong", "id=\"waypoint-preview-banner\"")
                    .containsPattern("Correlation id: [0-9a-f-]{36}")
                    .doesNotContain("secret-detail", "IllegalStateException", "at dev.waypoint", "Exception");
        }

        @Test
        void givenFailingResource_get_answers500JsonWithCorrelationIdAndNoStackTrace() {
            HttpResponse<String> response = http.get("/rest/test/1.0/things/fail");

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body())
                    .containsPattern("\"correlationId\":\"[0-9a-f-]{36}\"")
                    .doesNotContain("secret-detail", "Exception", "at dev.waypoint");
        }

        @Test
        void givenJsonBody_restPost_isServedAndBadJsonIs400() {
            HttpResponse<String> echo = http.postJson("/rest/test/1.0/things", "{\"name\":\"Q1\"}");
            HttpResponse<String> bad = http.postJson("/rest/test/1.0/things", "{\"name\":");

            assertThat(echo.statusCode()).isEqualTo(200);
            assertThat(echo.body()).isEqualTo("{\"name\":\"Q1\"}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("The request body is not valid JSON for this resource.");
        }

        @Test
        void givenFormOrForeignOrigin_restPost_isRefused() {
            HttpResponse<String> form = http.postForm("/rest/test/1.0/things", Map.of("name", "x"));
            HttpResponse<String> foreign = http.postJson("/rest/test/1.0/things", "{\"name\":\"x\"}",
                    "Origin", "http://evil.example");

            assertThat(form.statusCode()).isEqualTo(403);
            assertThat(foreign.statusCode()).isEqualTo(403);
            assertThat(foreign.body()).contains("Cross-site request refused");
        }

        @Test
        void givenPageWithWebResources_get_loadsThemDependenciesFirst() {
            String body = http.get(TestModule.ECHO_PAGE + "?value=x").body();

            assertThat(body.indexOf("/download/resources/dev.waypoint.waypoint-jira:test-common/test-common.css"))
                    .isPositive();
            assertThat(body).contains(
                    "<script src=\"/download/resources/dev.waypoint.waypoint-jira:test-page/test-page.js\"></script>");
        }

        @Test
        void givenDeclaredWebResource_get_servesItTransformedAndUndeclaredOnesAre404() {
            HttpResponse<String> js = http.get("/download/resources/dev.waypoint.waypoint-jira:test-page/test-page.js");
            HttpResponse<String> missingFile = http.get(
                    "/download/resources/dev.waypoint.waypoint-jira:test-broken/missing.js");
            HttpResponse<String> undeclared = http.get(
                    "/download/resources/dev.waypoint.waypoint-jira:test-page/test-common.css");

            assertThat(js.statusCode()).isEqualTo(200);
            assertThat(js.headers().firstValue("Content-Type")).get().asString().contains("javascript");
            assertThat(js.body()).contains("target.textContent = \"Waypoint preview\" + ");
            assertThat(missingFile.statusCode()).isEqualTo(404);
            assertThat(undeclared.statusCode()).isEqualTo(404);
        }

        @Test
        void givenAuiFiles_get_servesThemWithContentTypes() {
            assertThat(http.get("/aui/aui-prototyping.css").headers().firstValue("Content-Type"))
                    .hasValue("text/css;charset=utf-8");
            assertThat(http.get("/aui/jquery/jquery.min.js").body()).contains("jQuery v3.7.1");
            assertThat(http.get("/aui/almond/almond.js").statusCode()).isEqualTo(200);
            assertThat(http.get("/aui/fonts/adgs-icons.woff").statusCode()).isEqualTo(200);
            assertThat(http.get("/preview/static/amd-shims.js").statusCode()).isEqualTo(200);
        }

        @Test
        void givenAnyResponse_headers_includeSecurityHeaders() {
            HttpResponse<String> response = http.get("/no/such/page");

            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy-Report-Only")).isPresent();
            assertThat(response.headers().firstValue("Server")).isEmpty();
        }

        @Test
        void givenPostToPage_post_is405() {
            HttpResponse<String> response = http.postForm("/", Map.of(), "Origin", http.origin());

            assertThat(response.statusCode()).isEqualTo(405);
        }
    }

    @Nested
    class DataFolder {

        @TempDir
        Path data;

        @Test
        void givenStoredRow_restart_keepsItAndResetClearsIt() throws Exception {
            try (PreviewServer first = PreviewServer.start(PreviewOptions.forTest(data), MODULES, DESCRIPTOR)) {
                first.activeObjects().create(AoCycle.class, new DBParam("NAME", "2026 Q1"),
                        new DBParam("START_DATE", "2026-01-01"), new DBParam("END_DATE", "2026-03-31"),
                        new DBParam("STATE", "ACTIVE"), new DBParam("VERSION", 0L));
            }

            try (PreviewServer second = PreviewServer.start(PreviewOptions.forTest(data), MODULES, DESCRIPTOR)) {
                assertThat(second.activeObjects().count(AoCycle.class)).isEqualTo(1);
                assertThat(second.dataFolder()).isEqualTo(data.toAbsolutePath().normalize());
            }

            PreviewOptions reset = PreviewOptions.forTest(data).withReset(true);
            try (PreviewServer third = PreviewServer.start(reset, MODULES, DESCRIPTOR)) {
                assertThat(third.activeObjects().count(AoCycle.class)).isZero();
            }
        }

        @Test
        void givenFolderOfOtherFiles_start_refusesAndKeepsThem() throws Exception {
            Path precious = Files.writeString(data.resolve("precious.txt"), "keep me");

            assertThatThrownBy(() -> PreviewServer.start(PreviewOptions.forTest(data).withReset(true), MODULES))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a Waypoint preview data folder");
            assertThat(precious).hasContent("keep me");
        }
    }

    @Nested
    class Jobs {

        @TempDir
        Path data;

        private final AtomicInteger runs = new AtomicInteger();
        private final CountDownLatch threeRuns = new CountDownLatch(3);

        private List<PreviewModule> withJob() {
            PreviewJob job = new PreviewJob("test", Duration.ofMillis(20), () -> {
                runs.incrementAndGet();
                threeRuns.countDown();
                if (runs.get() == 1) {
                    throw new IllegalStateException("a failing run does not stop the next");
                }
            });
            return List.of(new BasicsModule(), platform -> new PreviewContribution(List.of(), List.of(),
                    List.of(job)));
        }

        @Test
        void givenJobsOn_start_runsTheContributedJobAgainAndAgainEvenAfterAFailure() throws Exception {
            try (PreviewServer server = PreviewServer.start(PreviewOptions.forTest(data).withJobs(true), withJob(),
                    DESCRIPTOR)) {
                assertThat(threeRuns.await(10, TimeUnit.SECONDS)).as("three runs within 10 s").isTrue();
            }
            int afterClose = runs.get();
            Thread.sleep(100);
            assertThat(runs.get()).as("no run after close").isEqualTo(afterClose);
        }

        @Test
        void givenJobsOff_start_neverRunsIt() throws Exception {
            try (PreviewServer server = PreviewServer.start(PreviewOptions.forTest(data), withJob(), DESCRIPTOR)) {
                assertThat(threeRuns.await(300, TimeUnit.MILLISECONDS)).isFalse();
            }
            assertThat(runs.get()).isZero();
        }
    }
}
