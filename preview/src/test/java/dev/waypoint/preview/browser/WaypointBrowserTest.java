package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Helpers for the browser tests of the app's project page and issue view: choosing the preview user, waiting for the
 * JavaScript to render, working dialogs with the keyboard, and calling the REST API from the page (same origin, the
 * current user's cookie), as the page's own scripts do.
 */
abstract class WaypointBrowserTest extends BrowserTest {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    @BeforeEach
    final void tallWindow() {
        driver().manage().window().setSize(new Dimension(1280, 1400));
    }

    /** Makes the next requests come from {@code username} (the preview's user cookie). */
    protected final void viewAs(String username) {
        driver().get(server().baseUri().resolve("/rest/preview/1.0/whoami").toString());
        driver().manage().deleteCookieNamed("waypoint-preview-user");
        driver().manage().addCookie(new Cookie("waypoint-preview-user", username, "/"));
    }

    protected final <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver(), TIMEOUT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Opens a project page and waits until its tree (or empty state) is rendered. */
    protected final WebElement openProjectPage(String projectKey, String query, String step) {
        open("/projects/" + projectKey + "/waypoint" + (query == null ? "" : query), step);
        return waitForPageState("ready", "empty");
    }

    protected final WebElement waitForPageState(String... states) {
        WebElement root = find(By.id("waypoint-project-page"));
        waitFor(d -> List.of(states).contains(root.getAttribute("data-state")));
        waitFor(d -> "false".equals(find(By.cssSelector("[data-region=scorecard]")).getAttribute("aria-busy"))
                && "false".equals(find(By.cssSelector("[data-region=insights]")).getAttribute("aria-busy")));
        assertPageIsClean();
        return root;
    }

    /** Opens an issue view and waits until its panel is rendered. */
    protected final WebElement openIssue(String issueKey, String step) {
        open("/browse/" + issueKey, step);
        WebElement root = find(By.id("waypoint-issue-panel"));
        waitFor(d -> List.of("ready", "empty").contains(root.getAttribute("data-state")));
        assertPageIsClean();
        return root;
    }

    /** The visible dialog with this id, once AUI shows it. */
    protected final WebElement dialog(String id) {
        return waitFor(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            return !found.isEmpty() && found.get(0).isDisplayed()
                    && !"true".equals(found.get(0).getAttribute("aria-hidden")) ? found.get(0) : null;
        });
    }

    /**
     * Waits until the dialog with this id is closed and the page behind it has settled: after a save the page loads
     * its data again and replaces what it shows, so an element found before that would go stale.
     */
    protected final void waitUntilGone(String id) {
        waitFor(d -> d.findElements(By.id(id)).stream().noneMatch(WebElement::isDisplayed));
        waitUntilSettled();
    }

    /** Waits until neither the project page nor the issue panel is loading or busy (aria-busy) anywhere. */
    protected final void waitUntilSettled() {
        waitFor(d -> Boolean.TRUE.equals(driver().executeScript(SETTLED)));
    }

    private static final String SETTLED = """
            var roots = [document.getElementById('waypoint-project-page'),
                document.getElementById('waypoint-issue-panel')];
            return roots.every(function (root) {
                return !root || root.getAttribute('data-state') !== 'loading'
                        && root.getAttribute('aria-busy') !== 'true' && !root.querySelector('[aria-busy=true]');
            });
            """;

    /** Presses Enter on an element with the keyboard (the element gets the focus first). */
    protected final void pressEnterOn(WebElement element) {
        focus(element);
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
    }

    protected final void focus(WebElement element) {
        driver().executeScript("arguments[0].focus()", element);
    }

    protected final void type(WebElement field, CharSequence text) {
        field.clear();
        field.sendKeys(text);
    }

    protected final WebElement focused() {
        return driver().switchTo().activeElement();
    }

    /** The key result row with this title, or null. */
    protected final WebElement keyResultRow(String title) {
        for (WebElement row : driver().findElements(By.cssSelector(".waypoint-key-result"))) {
            if (title.equals(row.findElement(By.cssSelector(".waypoint-kr-title")).getText())) {
                return row;
            }
        }
        return null;
    }

    /** The objective item with this title, or null. */
    protected final WebElement objectiveItem(String title) {
        for (WebElement item : driver().findElements(By.cssSelector(".waypoint-objective"))) {
            if (title.equals(item.findElement(By.cssSelector(".waypoint-objective-title")).getText())) {
                return item;
            }
        }
        return null;
    }

    /** Calls the REST API from the page: {status, body (parsed JSON or text)}. */
    protected final Map<String, Object> rest(String method, String path, String jsonBody) {
        return fetchFromPage(method, "/rest/waypoint/1.0" + path, jsonBody);
    }

    /** Fetches a same-origin URL from the page, with the page's session: {status, body (parsed JSON or text)}. */
    @SuppressWarnings("unchecked")
    protected final Map<String, Object> fetchFromPage(String method, String url, String jsonBody) {
        Object answer = driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var init = { method: arguments[0], credentials: 'same-origin',
                    headers: { Accept: 'application/json' } };
                if (arguments[2] !== null) {
                    init.headers['Content-Type'] = 'application/json';
                    init.body = arguments[2];
                }
                fetch(arguments[1], init).then(function (r) {
                    return r.text().then(function (t) {
                        var body = t;
                        try { body = JSON.parse(t); } catch (e) { }
                        done({ status: r.status, body: body });
                    });
                }, function (e) { done({ status: 0, body: String(e) }); });
                """, method, url, jsonBody);
        return (Map<String, Object>) answer;
    }

    protected final Map<String, Object> restOk(String method, String path, String jsonBody) {
        Map<String, Object> answer = rest(method, path, jsonBody);
        assertThat(((Number) answer.get("status")).intValue()).as("%s %s: %s", method, path, answer.get("body"))
                .isBetween(200, 299);
        return answer;
    }

    /** A JSON string literal. */
    protected static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
