package dev.waypoint.preview.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.PreviewOptions;
import dev.waypoint.preview.PreviewServer;
import dev.waypoint.preview.basics.BasicsModule;
import dev.waypoint.preview.support.PreviewHttp;
import dev.waypoint.preview.user.UserCookie;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's dashboard over HTTP (the app's descriptor, no sample data): its pages load the {@code atl.dashboard}
 * web resources and carry the items, and its REST API stores preferences per item for the dashboard's editors only,
 * refusing what Jira's dashboard would refuse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardServerTest {

    private static final String ITEMS = "/rest/dashboards/1.0/10000/items";

    PreviewServer server;
    PreviewHttp http;
    Path data;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        data = folder.resolve("data");
        server = PreviewServer.start(PreviewOptions.forTest(data), List.of(new BasicsModule(), new DashboardModule()));
        http = new PreviewHttp(server.baseUri());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static String[] as(String user) {
        return new String[] {"Cookie", UserCookie.NAME + "=" + user};
    }

    private long addTrend() {
        HttpResponse<String> added = http.postJson(ITEMS,
                "{\"type\":\"dev.waypoint.waypoint-jira:waypoint-kpi-trend-item\"}", as("lead"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return Long.parseLong(added.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
    }

    @Test
    void givenAnEditor_savingPreferences_storesThemAsStringsForThatItemOnly() throws Exception {
        long first = addTrend();
        long second = addTrend();

        HttpResponse<String> saved = http.putJson(ITEMS + "/" + first + "/preferences",
                "{\"kpi\":\"4\",\"days\":\"30\"}", as("lead"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"preferences\":{\"kpi\":\"4\",\"days\":\"30\"}");
        String items = http.get(ITEMS, as("agent")).body();
        assertThat(items).contains("\"id\":" + second + ",").contains("\"editable\":false");
        assertThat(Files.readString(data.resolve(PreviewDashboard.FILE))).contains("\"days\" : \"30\"");
    }

    @Test
    void givenPreferencesThatAreNotStringsOrTooMany_saving_answers400NamingThem() {
        long item = addTrend();

        for (String body : List.of("{\"kpi\":4}", "{\"kpi\":{\"a\":\"b\"}}", "{\"<script>\":\"x\"}", "[]",
                "{\"x\":\"" + "a".repeat(5_001) + "\"}")) {
            HttpResponse<String> refused = http.putJson(ITEMS + "/" + item + "/preferences", body, as("admin"));
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            if (!body.equals("[]")) {
                assertThat(refused.body()).as(body).contains("\"field\":\"preferences\"");
            }
        }
    }

    @Test
    void givenAViewerWhoIsNoEditor_changingTheDashboard_isRefusedAndChangesNothing() {
        long item = addTrend();

        assertThat(http.putJson(ITEMS + "/" + item + "/preferences", "{\"kpi\":\"1\"}", as("outsider")).statusCode())
                .isEqualTo(403);
        assertThat(http.delete(ITEMS + "/" + item, as("agent")).statusCode()).isEqualTo(403);
        assertThat(http.postJson(ITEMS, "{\"type\":\"dev.waypoint.waypoint-jira:waypoint-kpi-trend-item\"}",
                as("outsider")).statusCode()).isEqualTo(403);
        assertThat(http.get(ITEMS, as("outsider")).body()).contains("\"id\":" + item + ",");
    }

    @Test
    void givenUnknownThings_theApi_answers404Or400() {
        assertThat(http.get("/rest/dashboards/1.0/10001/items", as("admin")).statusCode()).isEqualTo(404);
        assertThat(http.delete(ITEMS + "/99999", as("admin")).statusCode()).isEqualTo(404);
        assertThat(http.putJson(ITEMS + "/abc/preferences", "{}", as("admin")).statusCode()).isEqualTo(404);
        assertThat(http.postJson(ITEMS, "{\"type\":\"com.example:gadget\"}", as("admin")).statusCode())
                .isEqualTo(400);
        assertThat(http.postJson(ITEMS, "{\"type\":\"dev.waypoint.waypoint-jira:waypoint-kpi-trend-item\","
                + "\"column\":5}", as("admin")).statusCode()).isEqualTo(400);
    }

    @Test
    void givenTheDirectory_listing_answersTheAppsItemsWithTranslatedTexts() {
        String directory = http.get("/rest/dashboards/1.0/10000/directory", as("admin")).body();

        assertThat(directory).contains("\"title\":\"OKR progress\"").contains("\"title\":\"Agent workload\"")
                .contains("\"author\":\"Waypoint\"").contains("thumbnail-kpi-trend.png");
    }

    @Test
    void givenTheDashboardAndTheWallboard_pages_loadTheDashboardResourcesAndCarryTheItems() {
        HttpResponse<String> dashboard = http.get("/secure/Dashboard.jspa?selectPageId=10000", as("admin"));
        HttpResponse<String> wallboard = http.get("/plugins/servlet/Wallboard/?dashboardId=10000", as("agent"));

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("waypoint-dashboard-items/okr-progress.js")
                .contains("waypoint-dashboard-items/waypoint-dashboard.css")
                .contains("/preview/static/dashboard-host.js")
                .contains("data-dashboard=\"{&quot;id&quot;:10000").contains("id=\"waypoint-preview-add-item\"")
                .contains("data-view=\"dashboard\"");
        assertThat(wallboard.statusCode()).isEqualTo(200);
        assertThat(wallboard.body()).contains("data-view=\"wallboard\"").contains("waypoint-preview-wallboard")
                .doesNotContain("id=\"waypoint-preview-add-item\"");
        assertThat(http.get("/", as("admin")).body()).contains("href=\"/secure/Dashboard.jspa?selectPageId=10000\"")
                .contains("href=\"/plugins/servlet/Wallboard/?dashboardId=10000\"");
    }
}
