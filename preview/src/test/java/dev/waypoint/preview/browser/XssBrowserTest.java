package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The XSS corpus (40 payloads, {@link XssCorpus}) in every text a user can enter, through the UI and through the API:
 * objective titles and descriptions, key result titles, units and milestones, check-in comments, the issue picker,
 * cycle and KPI names. Every surface that shows them (the tree, dialogs, the check-in history, flags, the cycle
 * picker, the scorecard, the insights, the issue panel) must run no script (the page's detector records alert/confirm/prompt, CSP reports and
 * errors) and show the text literally.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class XssBrowserTest extends WaypointBrowserTest {

    private static final List<String> PAYLOADS = XssCorpus.payloads();
    private static final String SEPARATOR = " | ";
    private static final List<String> TITLES = XssCorpus.packed(PAYLOADS, 255, SEPARATOR);
    private static final String ALL = String.join("\n", PAYLOADS);
    private static final List<String> SHORT = PAYLOADS.stream().filter(p -> p.length() <= 32).toList();

    private String text(String cssSelector) {
        return (String) driver().executeScript("var e = document.querySelector(arguments[0]);"
                + " return e ? e.textContent : null;", cssSelector);
    }

    private void assertShowsLiterally(String cssSelector, List<String> texts) {
        String shown = text(cssSelector);
        assertThat(shown).as(cssSelector).isNotNull();
        for (String expected : texts) {
            assertThat(shown).as("%s shows %s", cssSelector, expected).contains(expected);
        }
        assertPageIsClean();
    }

    @Test
    @Order(1)
    void givenTheCorpus_typedIntoEveryFieldOfTheDialogs_isShownLiterallyAndRunsNothing() {
        assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(30);
        viewAs("admin");
        openProjectPage("SUP", null, "before");

        // Objectives: titles (packed to 255 characters) and, on the first, a description with the whole corpus.
        for (int i = 0; i < TITLES.size(); i++) {
            pressEnterOn(find(By.id("waypoint-create-objective")));
            WebElement dialog = dialog("waypoint-objective-dialog");
            new Actions(driver()).sendKeys(TITLES.get(i)).perform();
            if (i == 0) {
                dialog.findElement(By.name("description")).sendKeys(ALL);
                screenshot("objective-dialog-payloads");
            }
            dialog.findElement(By.name("title")).sendKeys(Keys.ENTER);
            waitUntilGone("waypoint-objective-dialog");
            String title = TITLES.get(i);
            waitFor(d -> objectiveItem(title));
            assertThat(text(".aui-flag:last-of-type")).contains("Created objective " + title);
            assertPageIsClean();
        }
        String first = TITLES.get(0);

        // Key results of the first objective: titles, units (payloads of at most 32 characters), milestones.
        for (int i = 0; i < TITLES.size(); i++) {
            act(objectiveItem(first), "add-key-result");
            WebElement dialog = dialog("waypoint-keyresult-dialog");
            new Actions(driver()).sendKeys("KR " + TITLES.get(i).substring(0, Math.min(TITLES.get(i).length(), 250)))
                    .perform();
            dialog.findElement(By.name("baseline")).sendKeys("10");
            dialog.findElement(By.name("target")).sendKeys("20");
            dialog.findElement(By.name("unit")).sendKeys(SHORT.get(i % SHORT.size()));
            dialog.findElement(By.name("target")).sendKeys(Keys.ENTER);
            waitUntilGone("waypoint-keyresult-dialog");
        }
        act(objectiveItem(first), "add-key-result");
        WebElement milestones = dialog("waypoint-keyresult-dialog");
        new Actions(driver()).sendKeys("Milestones of the corpus").perform();
        new Select(milestones.findElement(By.name("type"))).selectByValue("MILESTONE");
        WebElement add = milestones.findElement(By.xpath(".//button[text()='Add milestone']"));
        for (String payload : PAYLOADS.subList(0, 5)) {
            pressEnterOn(add);
            new Actions(driver()).sendKeys(payload).perform();
        }
        screenshot("keyresult-dialog-payloads");
        pressEnterOn(milestones.findElement(By.id("waypoint-keyresult-dialog-submit")));
        waitUntilGone("waypoint-keyresult-dialog");
        waitFor(d -> keyResultRow("Milestones of the corpus"));

        // A check-in whose comment is the whole corpus.
        String krTitle = "KR " + TITLES.get(0).substring(0, Math.min(TITLES.get(0).length(), 250));
        act(keyResultRow(krTitle), "check-in");
        WebElement checkIn = dialog("waypoint-checkin-dialog");
        assertThat(checkIn.findElement(By.cssSelector(".waypoint-dialog-subject strong")).getText()).isEqualTo(krTitle);
        type(checkIn.findElement(By.name("value")), "15");
        checkIn.findElement(By.name("comment")).sendKeys(ALL);
        screenshot("checkin-dialog-payloads");
        checkIn.findElement(By.name("value")).sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-checkin-dialog");
        waitFor(d -> !keyResultRow(krTitle).findElements(By.cssSelector(".waypoint-latest-comment")).isEmpty());

        // The check-in history shows the comment as it was typed, in a dialog named after the key result.
        act(keyResultRow(krTitle), "check-in-history");
        WebElement history = dialog("waypoint-history-dialog");
        waitFor(d -> "false".equals(history.findElement(By.cssSelector(".waypoint-history")).getAttribute("aria-busy")));
        assertThat(history.findElement(By.tagName("h2")).getText()).isEqualTo("Check-ins of " + krTitle);
        assertThat(text("#waypoint-history-dialog .waypoint-history-comment")).isEqualTo(ALL);
        assertThat(driver().findElements(By.cssSelector("#waypoint-history-dialog .waypoint-history-comment *")))
                .as("no element made of the comment").isEmpty();
        assertPageIsClean();
        screenshot("history-dialog-payloads");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-history-dialog");

        // The issue picker: whatever is typed stays text, in the search and in its answer.
        act(keyResultRow(krTitle), "link-issue");
        WebElement link = dialog("waypoint-link-dialog");
        assertThat(link.findElement(By.cssSelector(".waypoint-dialog-subject strong")).getText()).isEqualTo(krTitle);
        WebElement search = link.findElement(By.name("issueKeys"));
        for (String payload : PAYLOADS.subList(0, 10)) {
            type(search, payload);
            waitFor(d -> link.findElements(By.cssSelector(".waypoint-option-none")).stream()
                    .anyMatch(WebElement::isDisplayed));
            assertPageIsClean();
        }
        assertThat(link.findElements(By.cssSelector(".waypoint-options *:not(li)"))).as("no element made of the text")
                .isEmpty();
        screenshot("link-dialog-payloads");
        search.clear();
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        if (!link.findElements(By.cssSelector(".waypoint-discard-bar")).isEmpty()) {
            waitFor(d -> focused().getAttribute("class").contains("waypoint-discard"));
            new Actions(driver()).sendKeys(Keys.ENTER).perform();
        }
        waitUntilGone("waypoint-link-dialog");

        // Every surface of the page, after a reload too.
        List<String> expected = new ArrayList<>(TITLES);
        expected.addAll(PAYLOADS);
        assertShowsLiterally("[data-region=tree]", expected);
        driver().navigate().refresh();
        pageLoaded("after-reload");
        waitForPageState("ready");
        assertShowsLiterally("[data-region=tree]", expected);
        assertThat(text(".waypoint-key-result[data-key-result-id] .waypoint-latest-comment")).isNotNull();
        screenshot("tree-with-payloads");

        act(objectiveItem(first), "edit-objective");
        WebElement edit = dialog("waypoint-objective-dialog");
        assertThat(edit.findElement(By.name("title")).getAttribute("value")).isEqualTo(first);
        assertThat(edit.findElement(By.name("description")).getAttribute("value")).isEqualTo(ALL);
        screenshot("objective-edit-payloads");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-objective-dialog");
        assertPageIsClean();
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void givenTheCorpus_sentThroughTheApi_isShownLiterallyOnEverySurface() {
        viewAs("admin");
        openProjectPage("SUP", null, "api-before");

        // A cycle, objectives without owner (the insights name them), key results, a check-in, a KPI of the project.
        LocalDate today = LocalDate.now();
        String cycleName = PAYLOADS.get(3);
        Map<String, Object> cycle = restOk("POST", "/cycles", "{\"name\":" + json(cycleName) + ",\"start\":\""
                + today.minusDays(5) + "\",\"end\":\"" + today.plusDays(30) + "\",\"state\":\"ACTIVE\"}");
        long cycleId = ((Number) ((Map<String, Object>) cycle.get("body")).get("id")).longValue();
        long firstObjective = 0;
        long firstKeyResult = 0;
        for (String title : TITLES) {
            Map<String, Object> objective = restOk("POST", "/objectives", "{\"cycleId\":" + cycleId + ",\"title\":"
                    + json(title) + ",\"description\":" + json(ALL) + ",\"level\":\"TEAM\",\"project\":\"SUP\"}");
            long objectiveId = ((Number) ((Map<String, Object>) objective.get("body")).get("id")).longValue();
            Map<String, Object> keyResult = restOk("POST", "/key-results", "{\"objectiveId\":" + objectiveId
                    + ",\"title\":" + json("API " + title.substring(0, Math.min(title.length(), 240)))
                    + ",\"unit\":" + json(SHORT.get(0))
                    + ",\"measure\":{\"type\":\"METRIC\",\"baseline\":0,\"target\":10}}");
            long keyResultId = ((Number) ((Map<String, Object>) keyResult.get("body")).get("id")).longValue();
            if (firstObjective == 0) {
                firstObjective = objectiveId;
                firstKeyResult = keyResultId;
            }
        }
        restOk("POST", "/key-results/" + firstKeyResult + "/check-ins", "{\"value\":4,\"comment\":" + json(ALL) + "}");
        restOk("POST", "/key-results/" + firstKeyResult + "/initiatives", "{\"issueKey\":\"SUP-7\"}");
        List<String> kpiNames = XssCorpus.packed(PAYLOADS, 200, SEPARATOR);
        for (String name : kpiNames) {
            restOk("POST", "/kpis", "{\"name\":" + json(name) + ",\"description\":" + json(ALL) + ",\"unit\":"
                    + json(SHORT.get(1)) + ",\"format\":\"NUMBER\",\"direction\":\"LOWER_IS_BETTER\",\"target\":5,"
                    + "\"project\":\"SUP\",\"source\":{\"type\":\"MANUAL\"}}");
        }

        WebElement root = openProjectPage("SUP", "?cycle=" + cycleId, "api-payloads");
        assertThat(root.getAttribute("data-cycle-id")).isEqualTo(String.valueOf(cycleId));
        List<String> expected = new ArrayList<>(TITLES);
        expected.addAll(PAYLOADS);
        assertShowsLiterally("[data-region=tree]", expected);
        assertThat(new Select(find(By.id("waypoint-cycle-picker"))).getFirstSelectedOption().getText())
                .isEqualTo(cycleName + " (active)");
        assertShowsLiterally("[data-region=scorecard]", kpiNames);
        assertShowsLiterally("[data-region=insights]", TITLES);
        screenshot("api-payloads-scorecard-insights");

        openIssue("SUP-7", "issue-panel-payloads");
        assertShowsLiterally("#waypoint-issue-panel", List.of("API " + TITLES.get(0).substring(0,
                Math.min(TITLES.get(0).length(), 240)), TITLES.get(0)));
        assertThat(firstObjective).isPositive();
    }
}
