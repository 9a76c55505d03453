package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.dashboard.DashboardPages;
import dev.waypoint.preview.dashboard.PreviewDashboard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Helpers for the browser tests of the dashboard items on the preview's dashboard: its host REST API (items and their
 * preferences), opening the dashboard or the wallboard and waiting until every item has rendered, and the item frames.
 */
abstract class DashboardBrowserBase extends WaypointBrowserTest {

    static final String PLUGIN = "dev.waypoint.waypoint-jira:";
    static final String OKR = PLUGIN + "waypoint-okr-progress-item";
    static final String SCORECARD = PLUGIN + "waypoint-kpi-scorecard-item";
    static final String TREND = PLUGIN + "waypoint-kpi-trend-item";
    static final String WORKLOAD = PLUGIN + "waypoint-agent-workload-item";
    static final String DASHBOARD = DashboardPages.DASHBOARD + "?selectPageId=" + PreviewDashboard.ID;
    static final String WALLBOARD = DashboardPages.WALLBOARD + "?dashboardId=" + PreviewDashboard.ID;

    /** Calls the dashboard host's REST API from the page: {status, body}. */
    protected final Map<String, Object> host(String method, String path, String jsonBody) {
        return fetchFromPage(method, "/rest/dashboards/1.0/10000" + path, jsonBody);
    }

    @SuppressWarnings("unchecked")
    protected final List<Map<String, Object>> placedItems() {
        Map<String, Object> answer = host("GET", "/items", null);
        assertThat(((Number) answer.get("status")).intValue()).isEqualTo(200);
        return (List<Map<String, Object>>) ((Map<String, Object>) answer.get("body")).get("items");
    }

    /** Removes every item from the dashboard (as admin). */
    protected final void clearDashboard() {
        viewAs("admin");
        for (Map<String, Object> item : placedItems()) {
            host("DELETE", "/items/" + item.get("id"), null);
        }
        assertThat(placedItems()).isEmpty();
    }

    /** Places an item of {@code type} with these preferences; returns its id. */
    @SuppressWarnings("unchecked")
    protected final long placeItem(String type, int column, Map<String, String> preferences) {
        Map<String, Object> added = host("POST", "/items", "{\"type\":" + json(type) + ",\"column\":" + column + "}");
        assertThat(((Number) added.get("status")).intValue()).as("%s", added).isEqualTo(201);
        long id = ((Number) ((Map<String, Object>) added.get("body")).get("id")).longValue();
        StringBuilder body = new StringBuilder("{");
        preferences.forEach((key, value) -> body.append(body.length() > 1 ? "," : "").append(json(key)).append(':')
                .append(json(value)));
        Map<String, Object> saved = host("PUT", "/items/" + id + "/preferences", body.append('}').toString());
        assertThat(((Number) saved.get("status")).intValue()).as("%s", saved).isEqualTo(200);
        return id;
    }

    /** The id of the sample KPI with this name, as the viewer sees it. */
    @SuppressWarnings("unchecked")
    protected final String kpiId(String name) {
        List<Map<String, Object>> kpis = (List<Map<String, Object>>) restOk("GET", "/kpis", null).get("body");
        return kpis.stream().filter(kpi -> name.equals(kpi.get("name"))).map(kpi -> String.valueOf(kpi.get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no KPI " + name));
    }

    /** The four items as the preview seeds them, on the service desk SUP. */
    protected final Map<String, Long> placeTheFourItems() {
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put(OKR, placeItem(OKR, 0, Map.of("scope", "project", "project", "SUP", "cycle", "")));
        ids.put(SCORECARD, placeItem(SCORECARD, 1, Map.of("source", "project", "project", "SUP")));
        ids.put(TREND, placeItem(TREND, 0, Map.of("kpi", kpiId("First-contact resolution rate"), "days", "90")));
        ids.put(WORKLOAD, placeItem(WORKLOAD, 1, Map.of("kpi", kpiId("Open tickets per agent"))));
        return ids;
    }

    /** Opens {@code path} (the dashboard or the wallboard) and waits until every item has settled. */
    protected final void openAndSettle(String path, String step) {
        open(path, step + "-opening");
        waitForItems();
        screenshot(step);
    }

    /** Waits until the dashboard's items are placed and none is loading, then checks the page is clean. */
    protected final void waitForItems() {
        waitFor(d -> "false".equals(find(By.cssSelector("[data-region=columns]")).getAttribute("aria-busy")));
        waitFor(d -> Boolean.TRUE.equals(driver().executeScript("""
                var frames = document.querySelectorAll('.waypoint-preview-item');
                return Array.prototype.every.call(frames, function (frame) {
                    var item = frame.querySelector('[data-item]');
                    return item && item.getAttribute('data-state') !== 'loading'
                            && item.getAttribute('aria-busy') !== 'true';
                });
                """)));
        assertPageIsClean();
    }

    /** The frame of the placed item with this id. */
    protected final WebElement frame(long id) {
        return find(By.id("waypoint-preview-item-" + id));
    }

    /** The item element (the app's root, with data-state) inside a frame. */
    protected final WebElement itemIn(long id) {
        return frame(id).findElement(By.cssSelector("[data-item]"));
    }

    protected final String state(long id) {
        return itemIn(id).getAttribute("data-state");
    }

    protected final String text(WebElement element) {
        return (String) driver().executeScript("return arguments[0].textContent;", element);
    }
}
