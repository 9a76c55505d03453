package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewModules;
import dev.waypoint.preview.PreviewOptions;
import dev.waypoint.preview.PreviewServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Base of the browser tests: starts the preview on a free port with a fresh data folder and a headless Chromium
 * (Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}, overridable with the system properties
 * {@code preview.chromium} and {@code preview.chromedriver}) once per test class.
 *
 * <p>Every page gets an XSS detector before any of its own scripts runs: {@code alert}, {@code confirm} and
 * {@code prompt} are recorded in {@code window.__waypointXss}; violations of the preview's report-only CSP (inline
 * scripts and event handlers) in {@code window.__waypointCsp}; uncaught errors, failed resource loads and
 * {@code console.error} in {@code window.__waypointErrors}. {@link #open} checks all three stay empty and saves a
 * screenshot to {@code target/screenshots/<Class>-<test>-<NN>-<step>.png}. Put {@link #XSS_PAYLOAD} into any text a
 * user can enter, then open every page that shows it.
 *
 * <p>Without Chromium or ChromeDriver the tests are skipped with a message (CI installs both, so there they run).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    /** Text that calls {@code alert} if it ever reaches the page as HTML instead of text. */
    public static final String XSS_PAYLOAD =
            "\"'><img src=x onerror=\"alert('xss-img')\"><script>alert('xss-script')</script>";

    static final String DETECTOR = """
            (function () {
              'use strict';
              var xss = [], csp = [], errors = [];
              Object.defineProperty(window, '__waypointXss', { value: xss });
              Object.defineProperty(window, '__waypointCsp', { value: csp });
              Object.defineProperty(window, '__waypointErrors', { value: errors });
              ['alert', 'confirm', 'prompt'].forEach(function (name) {
                window[name] = function (message) { xss.push(name + ': ' + String(message)); };
              });
              document.addEventListener('securitypolicyviolation', function (e) {
                csp.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at '
                    + e.sourceFile + ':' + e.lineNumber);
              });
              window.addEventListener('error', function (e) {
                var target = e.target && e.target !== window ? (e.target.src || e.target.href || e.target.tagName) : '';
                errors.push(target ? 'failed to load ' + target : e.message + ' at ' + e.filename + ':' + e.lineno);
              }, true);
              var consoleError = console.error;
              console.error = function () {
                errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
                return consoleError.apply(console, arguments);
              };
            }());
            """;

    private String skipReason;
    private PreviewServer server;
    private ChromeDriver driver;
    private Path screenshots;
    private String testName = "setup";
    private int step;

    /** The modules the preview runs for this class; by default what {@code PreviewServer.main} runs. */
    protected List<PreviewModule> modules() {
        return PreviewModules.standard();
    }

    /** The plugin descriptor whose web resources are served; by default the app's. */
    protected String descriptor() {
        return PreviewServer.APP_DESCRIPTOR;
    }

    @BeforeAll
    final void startPreviewAndBrowser(@TempDir Path temp) throws Exception {
        Path chromium = Path.of(System.getProperty("preview.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("preview.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            skipReason = "Browser tests skipped: " + chromium + " or " + chromedriver + " is missing"
                    + " (apt-get install -y chromium chromium-driver)";
            System.err.println(getClass().getSimpleName() + ": " + skipReason);
            return;
        }
        screenshots = Path.of(System.getProperty("preview.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        server = PreviewServer.start(PreviewOptions.forTest(temp.resolve("data")), modules(), descriptor());
        driver = Chromium.start(chromium, chromedriver, temp.resolve("profile"),
                screenshots.resolveSibling("chromedriver-" + getClass().getSimpleName() + ".log"));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", DETECTOR));
    }

    @AfterAll
    final void stopBrowserAndPreview() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @BeforeEach
    final void forgetPreviousTest(TestInfo test) {
        assumeTrue(skipReason == null, skipReason);
        testName = test.getTestMethod().map(method -> method.getName()).orElse("test");
        step = 0;
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    protected final ChromeDriver driver() {
        return driver;
    }

    protected final PreviewServer server() {
        return server;
    }

    /** Opens {@code path} of the preview, checks the page is clean (no XSS, CSP or script error), screenshots it. */
    protected final void open(String path, String stepName) {
        driver.get(server.baseUri().resolve(path).toString());
        pageLoaded(stepName);
    }

    /** After a navigation the test caused (a submit, a click): waits for the new page, checks it, screenshots it. */
    protected final void pageLoaded(String stepName) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(
                webDriver -> "complete".equals(driver.executeScript("return document.readyState")));
        assertPageIsClean();
        screenshot(stepName);
    }

    /** Waits until {@code element} (of the previous page) is gone, i.e. the browser navigated. */
    protected final void waitForNavigationFrom(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(element));
    }

    protected final void assertPageIsClean() {
        assertThat(recorded("__waypointXss")).as("XSS detector (alert/confirm/prompt calls)").isEmpty();
        assertThat(recorded("__waypointCsp")).as("inline scripts or event handlers (CSP report-only)").isEmpty();
        assertThat(recorded("__waypointErrors")).as("script errors and failed loads").isEmpty();
    }

    /** What the detector recorded on the current page under {@code name}. */
    protected final List<Object> recorded(String name) {
        Object list = driver.executeScript("return window['" + name + "'] || ['the XSS detector is not installed'];");
        @SuppressWarnings("unchecked")
        List<Object> entries = (List<Object>) list;
        return entries;
    }

    protected final WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Saves a screenshot of the current page as {@code <Class>-<test>-<NN>-<stepName>.png}. */
    protected final Path screenshot(String stepName) {
        step++;
        Path file = screenshots.resolve("%s-%s-%02d-%s.png".formatted(getClass().getSimpleName(), testName, step,
                stepName));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
