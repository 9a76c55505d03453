package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Helpers for the browser tests of the KPI pages (issue 10): opening a project's KPIs, the directory or a KPI's page and
 * waiting until its data is drawn, finding KPIs by name through the REST API, and the page's flags.
 */
abstract class KpiBrowserBase extends WaypointBrowserTest {

    static final String DIRECTORY = "/plugins/servlet/waypoint/kpis";

    static String projectKpis(String projectKey) {
        return "/projects/" + projectKey + "/kpis";
    }

    /** Opens a KPI page and waits until it shows its data, an error, or the no-access message. */
    protected final WebElement openKpis(String path, String step) {
        open(path, step + "-opening");
        WebElement root = find(By.id("waypoint-kpi-page"));
        waitUntilKpiPageSettled();
        assertPageIsClean();
        screenshot(step);
        return root;
    }

    /** Waits until the KPI page is neither loading nor busy (after a navigation or a change). */
    protected final void waitUntilKpiPageSettled() {
        waitFor(d -> Boolean.TRUE.equals(driver().executeScript("""
                var root = document.getElementById('waypoint-kpi-page');
                return !!root && root.getAttribute('data-state') !== 'loading'
                        && root.getAttribute('aria-busy') !== 'true' && !root.querySelector('[aria-busy=true]');
                """)));
    }

    /** The id of the KPI with this name that the current user may see. */
    @SuppressWarnings("unchecked")
    protected final long kpiId(String name) {
        List<Map<String, Object>> kpis = (List<Map<String, Object>>) restOk("GET", "/kpis", null).get("body");
        return kpis.stream().filter(k -> name.equals(k.get("name"))).mapToLong(k -> ((Number) k.get("id")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no KPI named " + name));
    }

    /** The KPI page of this KPI in its project's KPI page (or the directory for a global KPI). */
    protected final WebElement openKpi(String projectKeyOrNull, long id, String step) {
        String base = projectKeyOrNull == null ? DIRECTORY : projectKpis(projectKeyOrNull);
        WebElement root = openKpis(base + "?kpi=" + id, step);
        assertThat(root.getAttribute("data-state")).isEqualTo("ready");
        return root;
    }

    /** Waits for an AUI flag with this text; returns its whole text. */
    protected final String flag(String containing) {
        return waitFor(d -> d.findElements(By.cssSelector(".aui-flag")).stream().map(WebElement::getText)
                .filter(t -> t.contains(containing)).findFirst().orElse(null));
    }

    /** The visible elements of the page with a data-action, by action. */
    protected final List<String> actions() {
        return driver().findElements(By.cssSelector("#waypoint-kpi-page [data-action]")).stream()
                .filter(WebElement::isDisplayed).map(e -> e.getAttribute("data-action")).distinct().toList();
    }

    protected final WebElement action(String name) {
        return waitFor(d -> d.findElements(By.cssSelector("#waypoint-kpi-page [data-action=\"" + name + "\"]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }
}
