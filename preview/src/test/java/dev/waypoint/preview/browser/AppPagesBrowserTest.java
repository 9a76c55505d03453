package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Helpers for the browser tests of the app's own pages: the admin page ({@code /secure/admin/WaypointAdmin.jspa}) and
 * the company page ({@code /secure/WaypointCompany.jspa}): opening them and waiting until their script has rendered,
 * waiting for a flag, finding rows and tree nodes by their text.
 */
abstract class AppPagesBrowserTest extends WaypointBrowserTest {

    static final String ADMIN_PAGE = "/secure/admin/WaypointAdmin.jspa";
    static final String COMPANY_PAGE = "/secure/WaypointCompany.jspa";

    /** Opens the admin page and waits until cycles and settings are rendered. */
    protected final WebElement openAdminPage(String step) {
        open(ADMIN_PAGE, step);
        return waitForAdminPage();
    }

    protected final WebElement waitForAdminPage() {
        WebElement root = find(By.id("waypoint-admin-page"));
        waitFor(d -> "ready".equals(root.getAttribute("data-state")));
        waitForIdle("waypoint-admin-page");
        assertPageIsClean();
        return root;
    }

    /** Opens the company page (with a query such as {@code ?cycle=3}) and waits until its tree is rendered. */
    protected final WebElement openCompanyPage(String query, String step) {
        open(COMPANY_PAGE + (query == null ? "" : query), step);
        return waitForCompanyPage();
    }

    protected final WebElement waitForCompanyPage() {
        WebElement root = find(By.id("waypoint-company-page"));
        waitFor(d -> List.of("ready", "empty", "searched").contains(root.getAttribute("data-state")));
        waitForIdle("waypoint-company-page");
        assertPageIsClean();
        return root;
    }

    /** Waits until nothing under the element with this id is busy (aria-busy). */
    protected final void waitForIdle(String rootId) {
        waitFor(d -> Boolean.TRUE.equals(driver().executeScript("var root = document.getElementById(arguments[0]);"
                + " return !!root && !root.querySelector('[aria-busy=true]');", rootId)));
    }

    /** Waits for a flag whose text contains {@code text}, and returns its text. */
    protected final String waitForFlag(String text) {
        return waitFor(d -> {
            for (WebElement flag : d.findElements(By.cssSelector(".aui-flag"))) {
                String shown = flag.getText();
                if (shown.contains(text)) {
                    return shown;
                }
            }
            return null;
        });
    }

    /** The row of the admin page's cycle table with this name, or null. */
    protected final WebElement cycleRow(String name) {
        for (WebElement row : driver().findElements(By.cssSelector(".waypoint-cycle-row"))) {
            if (name.equals(row.findElement(By.cssSelector(".waypoint-cycle-name")).getAttribute("textContent"))) {
                return row;
            }
        }
        return null;
    }

    /** The company page's node with this title, or null. */
    protected final WebElement companyNode(String title) {
        for (WebElement node : driver().findElements(By.cssSelector(".waypoint-company-node"))) {
            List<WebElement> titles = node.findElements(By.cssSelector(":scope > .waypoint-company-row "
                    + ".waypoint-company-title"));
            if (!titles.isEmpty() && title.equals(titles.get(0).getAttribute("textContent"))) {
                return node;
            }
        }
        return null;
    }

    /** The cycles as the API lists them. */
    @SuppressWarnings("unchecked")
    protected final List<Map<String, Object>> cycles() {
        return (List<Map<String, Object>>) restOk("GET", "/cycles", null).get("body");
    }

    /** The cycle in this state (the sample has one active quarter). */
    protected final Map<String, Object> cycleIn(String state) {
        return cycles().stream().filter(c -> state.equals(c.get("state"))).findFirst().orElseThrow();
    }

    protected static long id(Map<String, Object> item) {
        return ((Number) item.get("id")).longValue();
    }

    protected final void assertStatus(int status, String method, String path, String body) {
        assertThat(((Number) rest(method, path, body).get("status")).intValue()).as("%s %s", method, path)
                .isEqualTo(status);
    }
}
