package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewModules;
import dev.waypoint.preview.support.TestModule;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** The page shell in Chromium: banner, AUI, keyboard user switching, the XSS detector and escaping end to end. */
class PreviewShellBrowserTest extends BrowserTest {

    @Override
    protected List<PreviewModule> modules() {
        List<PreviewModule> modules = new ArrayList<>(PreviewModules.standard());
        modules.add(new TestModule());
        return modules;
    }

    @Override
    protected String descriptor() {
        return "preview-test-plugin.xml";
    }

    @Test
    void givenHome_switchUserWithKeyboardOnly_showsTheAppAsThatUser() {
        open("/", "home");
        assertThat(find(By.id("waypoint-preview-banner")).getText())
                .isEqualTo("This is a preview of Waypoint running on sample data outside Jira."
                        + " Nothing here reaches a real Jira.");
        assertThat(driver().executeScript("return typeof AJS.format + ' ' + typeof require + ' ' + jQuery.fn.jquery"))
                .isEqualTo("function function 3.7.1");
        WebElement switcher = find(By.id("waypoint-preview-user"));
        assertThat(new Select(switcher).getFirstSelectedOption().getAttribute("value")).isEqualTo("admin");

        tabUntilFocused("waypoint-preview-user");
        new Actions(driver()).sendKeys(Keys.ARROW_DOWN).perform();
        tabUntilFocused("waypoint-preview-switch");
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        waitForNavigationFrom(switcher);
        pageLoaded("switched-to-lead");

        assertThat(new Select(find(By.id("waypoint-preview-user"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("lead");
        assertThat(find(By.cssSelector("meta[name=ajs-remote-user]")).getAttribute("content")).isEqualTo("lead");
        assertThat(driver().getCurrentUrl()).isEqualTo(server().baseUri().toString());
    }

    @Test
    void givenPayloadInQuery_echoPage_showsItAsTextAndRunsTheAppsJs() {
        open(TestModule.ECHO_PAGE + "?value=" + URLEncoder.encode(XSS_PAYLOAD, StandardCharsets.UTF_8), "payload");

        assertThat(find(By.id("waypoint-test-echo")).getText()).isEqualTo(XSS_PAYLOAD);
        assertThat(find(By.id("waypoint-test-js")).getText()).isEqualTo("Waypoint preview / " + XSS_PAYLOAD);
        assertThat(find(By.id("waypoint-test-echo")).getCssValue("font-weight")).isEqualTo("700");
    }

    @Test
    void givenAlertCall_detector_recordsIt() {
        open("/", "before-probe");

        driver().executeScript("alert('probe')");

        assertThat(recorded("__waypointXss")).containsExactly("alert: probe");
    }

    @Test
    void givenUnknownPathAndFailingPage_errorPages_renderInTheShell() {
        // A payload without '/': Jetty refuses an encoded slash in a path before any servlet (400, no stack).
        open("/projects/" + URLEncoder.encode("<img src=x onerror=alert(1)>", StandardCharsets.UTF_8) + "/waypoint",
                "not-found");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Page not found");

        open(TestModule.FAILING_PAGE, "server-error");
        assertThat(find(By.id("waypoint-preview-correlation-id")).getText()).startsWith("Correlation id: ");
        assertThat(driver().getPageSource()).doesNotContain("secret-detail");
    }

    private void tabUntilFocused(String id) {
        for (int i = 0; i < 20; i++) {
            if (id.equals(driver().switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            new Actions(driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached #" + id);
    }
}
