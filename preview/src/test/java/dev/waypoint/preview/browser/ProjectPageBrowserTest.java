package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The project page "OKRs &amp; KPIs" end to end on the sample data, driven with the keyboard where it matters:
 * create an objective, add key results of every measure, check in, link issues, edit, switch cycles; progress and
 * pace change without a page reload, and a reload keeps everything.
 */
class ProjectPageBrowserTest extends WaypointBrowserTest {

    private static final List<String> PACES = List.of("DONE", "ON_TRACK", "AT_RISK", "OFF_TRACK");

    private WebElement createObjective(String title) {
        pressEnterOn(find(By.id("waypoint-create-objective")));
        dialog("waypoint-objective-dialog");
        assertThat(focused().getAttribute("name")).as("first field focused").isEqualTo("title");
        new Actions(driver()).sendKeys(title).sendKeys(Keys.ENTER).perform();
        waitUntilGone("waypoint-objective-dialog");
        return waitFor(d -> objectiveItem(title));
    }

    private WebElement openAddKeyResult(String objectiveTitle) {
        act(objectiveItem(objectiveTitle), "add-key-result");
        WebElement dialog = dialog("waypoint-keyresult-dialog");
        assertThat(focused().getAttribute("name")).isEqualTo("title");
        return dialog;
    }

    /** The row of a key result once its progress reads {@code percent}, else null. */
    private WebElement progressOf(String title, String percent) {
        WebElement row = keyResultRow(title);
        return row != null && percent.equals(row.findElement(By.cssSelector(".waypoint-progress-text")).getText())
                ? row : null;
    }

    private WebElement field(WebElement dialog, String name) {
        return dialog.findElement(By.name(name));
    }

    @Test
    void givenTheLead_createObjectiveDecreasingMetricAndCheckIn_progressAndPaceChangeWithoutReloadAndSurviveOne() {
        viewAs("lead");
        openProjectPage("SUP", null, "page");
        driver().executeScript("window.__waypointSamePage = true;");

        createObjective("Halve the open backlog");
        screenshot("objective-created");

        WebElement dialog = openAddKeyResult("Halve the open backlog");
        new Actions(driver()).sendKeys("Cut open tickets to 80").perform();
        type(field(dialog, "baseline"), "120");
        type(field(dialog, "target"), "80");
        type(field(dialog, "unit"), "tickets");
        assertThat(dialog.findElement(By.cssSelector(".waypoint-direction")).getText()).contains("go down");
        screenshot("keyresult-dialog-decreasing-metric");
        field(dialog, "target").sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-keyresult-dialog");
        WebElement row = waitFor(d -> keyResultRow("Cut open tickets to 80"));
        assertThat(row.findElement(By.cssSelector(".waypoint-aim")).getText())
                .isEqualTo("Decrease from 120 tickets to 80 tickets");
        assertThat(row.findElement(By.cssSelector(".waypoint-current")).getText()).isEqualTo("No check-in yet");
        WebElement emptyHistory = openHistory(row);
        assertThat(emptyHistory.findElement(By.cssSelector(".waypoint-history-empty")).getText())
                .isEqualTo("No check-ins yet.");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-history-dialog");
        assertThat(focused().getAttribute("class")).as("focus back on the row's menu").contains("waypoint-menu-trigger");
        row = keyResultRow("Cut open tickets to 80");
        String paceBefore = row.findElement(By.cssSelector(".waypoint-pace")).getAttribute("data-pace");
        assertThat(paceBefore).isNotEqualTo("DONE");

        // A back-dated check-in (the cycle's first day) halfway down ...
        act(row, "check-in");
        WebElement checkIn = dialog("waypoint-checkin-dialog");
        assertThat(focused().getAttribute("name")).isEqualTo("value");
        assertThat(focused().getAttribute("value")).as("never pre-filled for appending").isEmpty();
        assertThat(focused().getAttribute("placeholder")).isEqualTo("12");
        new Actions(driver()).sendKeys("100").perform();
        new Select(field(checkIn, "confidence")).selectByValue("8");
        type(field(checkIn, "comment"), "Halfway there");
        WebElement date = field(checkIn, "effectiveDate");
        driver().executeScript("arguments[0].value = arguments[0].min;", date);
        String cycleStart = date.getAttribute("min");
        screenshot("checkin-dialog");
        field(checkIn, "value").sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-checkin-dialog");
        WebElement half = waitFor(d -> progressOf("Cut open tickets to 80", "50%"));
        assertThat(half.findElement(By.cssSelector(".waypoint-pace")).getAttribute("data-pace")).isIn(PACES);
        assertThat(half.findElement(By.cssSelector(".waypoint-latest-comment")).getText())
                .isEqualTo("Latest comment: Halfway there");
        assertThat(half.findElement(By.cssSelector(".waypoint-confidence")).getText()).isEqualTo("Confidence 8/10");
        assertThat(half.findElement(By.cssSelector(".waypoint-current")).getText()).contains("Now 100 tickets");
        assertThat(objectiveItem("Halve the open backlog").findElement(By.cssSelector(".waypoint-progress-text"))
                .getText()).isEqualTo("50%");

        // ... then today's value reaches the target: progress and pace change again, on the same page.
        act(half, "check-in");
        WebElement second = dialog("waypoint-checkin-dialog");
        assertThat(focused().getAttribute("value")).isEmpty();
        assertThat(focused().getAttribute("placeholder")).isEqualTo("100");
        assertThat(second.findElement(By.cssSelector("[data-group] .description, .field-group .description")).getText())
                .contains("Latest: 100 tickets");
        new Actions(driver()).sendKeys("80").sendKeys(Keys.ENTER).perform();
        waitUntilGone("waypoint-checkin-dialog");
        WebElement done = waitFor(d -> progressOf("Cut open tickets to 80", "100%"));
        String pace = done.findElement(By.cssSelector(".waypoint-pace")).getAttribute("data-pace");
        assertThat(pace).isEqualTo("DONE").isNotEqualTo(paceBefore);
        assertThat(done.findElement(By.cssSelector(".waypoint-pace")).getText()).isEqualToIgnoringCase("Done");
        assertThat(done.findElement(By.cssSelector(".waypoint-sparkline")).getAttribute("aria-label"))
                .isEqualTo("2 values, from 100 tickets to 80 tickets");
        assertThat(cycleStart).isNotBlank();
        assertThat(driver().executeScript("return window.__waypointSamePage === true")).as("no page reload")
                .isEqualTo(true);
        assertPageIsClean();
        screenshot("checked-in");

        driver().navigate().refresh();
        pageLoaded("reloaded");
        waitForPageState("ready");
        WebElement reloaded = keyResultRow("Cut open tickets to 80");
        assertThat(reloaded.findElement(By.cssSelector(".waypoint-progress-text")).getText()).isEqualTo("100%");
        assertThat(reloaded.findElement(By.cssSelector(".waypoint-pace")).getAttribute("data-pace")).isEqualTo(pace);
        assertThat(reloaded.findElement(By.cssSelector(".waypoint-confidence")).getText()).isEqualTo("Confidence 8/10");
        assertThat(objectiveItem("Halve the open backlog").findElement(By.cssSelector(".waypoint-progress-text"))
                .getText()).isEqualTo("100%");

        WebElement history = openHistory(reloaded);
        assertThat(history.findElement(By.tagName("h2")).getText()).isEqualTo("Check-ins of Cut open tickets to 80");
        List<List<String>> entries = historyEntries(history);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).subList(1, 5)).containsExactly("80 tickets", "8/10", "", "Leo Lead");
        assertThat(entries.get(1).subList(1, 5)).containsExactly("100 tickets", "8/10", "Halfway there", "Leo Lead");
        assertThat(history.findElement(By.cssSelector("canvas.waypoint-history-chart")).getAttribute("aria-label"))
                .startsWith("2 values, from 100 tickets to 80 tickets");
        screenshot("history-dialog");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-history-dialog");
    }

    /** Opens the check-in history of a key result row with the keyboard and waits until it has loaded. */
    private WebElement openHistory(WebElement row) {
        act(row, "check-in-history");
        WebElement dialog = dialog("waypoint-history-dialog");
        assertThat(focused().getAttribute("id")).isEqualTo("waypoint-history-dialog-close");
        waitFor(d -> "false".equals(dialog.findElement(By.cssSelector(".waypoint-history")).getAttribute("aria-busy")));
        return dialog;
    }

    /** The manual check-ins of the history (date, value, confidence, comment, by), top to bottom. */
    private static List<List<String>> historyEntries(WebElement dialog) {
        return dialog.findElements(By.cssSelector(".waypoint-history-entry")).stream()
                .map(entry -> List.of(text(entry, ".waypoint-history-date"), text(entry, ".waypoint-history-value"),
                        text(entry, ".waypoint-history-confidence"), text(entry, ".waypoint-history-comment"),
                        text(entry, ".waypoint-person-name")))
                .toList();
    }

    private static String text(WebElement in, String css) {
        List<WebElement> found = in.findElements(By.cssSelector(css));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    @Test
    void givenTheLead_keyResultsOfEveryMeasure_areCreatedAndEditedThroughTheDialogs() {
        viewAs("lead");
        openProjectPage("SUP", null, "page");
        createObjective("Measure it every way");

        WebElement threshold = openAddKeyResult("Measure it every way");
        new Actions(driver()).sendKeys("Keep the queue between 1 and 5 days").perform();
        new Select(field(threshold, "type")).selectByValue("THRESHOLD");
        type(field(threshold, "min"), "1");
        type(field(threshold, "max"), "5");
        type(field(threshold, "tolerance"), "2");
        new Select(field(threshold, "judgement")).selectByValue("AVERAGE");
        screenshot("keyresult-dialog-threshold");
        field(threshold, "max").sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-keyresult-dialog");
        assertThat(waitFor(d -> keyResultRow("Keep the queue between 1 and 5 days"))
                .findElement(By.cssSelector(".waypoint-aim")).getText()).isEqualTo("Keep between 1 and 5");

        WebElement milestone = openAddKeyResult("Measure it every way");
        new Actions(driver()).sendKeys("Ship the help centre").perform();
        new Select(field(milestone, "type")).selectByValue("MILESTONE");
        WebElement add = milestone.findElement(By.xpath(".//button[text()='Add milestone']"));
        pressEnterOn(add);
        new Actions(driver()).sendKeys("Write the articles").perform();
        pressEnterOn(add);
        new Actions(driver()).sendKeys("Publish").perform();
        List<WebElement> weights = milestone.findElements(By.name("milestoneWeight"));
        type(weights.get(0), "3");
        screenshot("keyresult-dialog-milestones");
        pressEnterOn(dialog("waypoint-keyresult-dialog").findElement(By.id("waypoint-keyresult-dialog-submit")));
        waitUntilGone("waypoint-keyresult-dialog");
        WebElement milestoneRow = waitFor(d -> keyResultRow("Ship the help centre"));
        assertThat(milestoneRow.findElement(By.cssSelector(".waypoint-aim")).getText())
                .isEqualTo("Complete 2 milestones");

        act(milestoneRow, "check-in");
        WebElement milestoneCheckIn = dialog("waypoint-checkin-dialog");
        assertThat(focused().getAttribute("type")).isEqualTo("checkbox");
        new Actions(driver()).sendKeys(Keys.SPACE).perform();
        screenshot("checkin-dialog-milestones");
        pressEnterOn(milestoneCheckIn.findElement(By.id("waypoint-checkin-dialog-submit")));
        waitUntilGone("waypoint-checkin-dialog");
        waitFor(d -> "75%".equals(keyResultRow("Ship the help centre")
                .findElement(By.cssSelector(".waypoint-progress-text")).getText()));

        WebElement issues = openAddKeyResult("Measure it every way");
        new Actions(driver()).sendKeys("Finish the self-service epic").perform();
        new Select(field(issues, "type")).selectByValue("ISSUES");
        new Select(field(issues, "mode")).selectByValue("STORY_POINTS");
        new Select(field(issues, "scope")).selectByValue("FROZEN");
        type(field(issues, "frozenTotal"), "40");
        screenshot("keyresult-dialog-issues");
        field(issues, "frozenTotal").sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-keyresult-dialog");
        WebElement issuesRow = waitFor(d -> keyResultRow("Finish the self-service epic"));
        assertThat(issuesRow.findElement(By.cssSelector(".waypoint-aim")).getText())
                .isEqualTo("Progress of the linked issues (Story points done)");

        act(issuesRow, "check-in");
        dialog("waypoint-checkin-dialog");
        assertThat(find(By.cssSelector("#waypoint-checkin-dialog .aui-message-info")).getText())
                .contains("computed by Waypoint");
        assertThat(focused().getAttribute("name")).isEqualTo("confidence");
        screenshot("checkin-dialog-computed");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-checkin-dialog");

        act(keyResultRow("Keep the queue between 1 and 5 days"), "edit-key-result");
        WebElement edit = dialog("waypoint-keyresult-dialog");
        assertThat(field(edit, "title").getAttribute("value")).isEqualTo("Keep the queue between 1 and 5 days");
        assertThat(new Select(field(edit, "type")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("THRESHOLD");
        assertThat(field(edit, "tolerance").getAttribute("value")).isEqualTo("2");
        type(field(edit, "title"), "Keep the queue between 1 and 4 days");
        type(field(edit, "max"), "4");
        screenshot("keyresult-dialog-edit");
        field(edit, "title").sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-keyresult-dialog");
        assertThat(waitFor(d -> keyResultRow("Keep the queue between 1 and 4 days"))
                .findElement(By.cssSelector(".waypoint-aim")).getText()).isEqualTo("Keep between 1 and 4");

        act(objectiveItem("Measure it every way"), "edit-objective");
        WebElement objective = dialog("waypoint-objective-dialog");
        assertThat(field(objective, "title").getAttribute("value")).isEqualTo("Measure it every way");
        type(field(objective, "title"), "Measure it in four ways");
        type(field(objective, "description"), "Metric, threshold, milestones and issues.");
        new Select(field(objective, "commitment")).selectByValue("ASPIRATIONAL");
        screenshot("objective-dialog-edit");
        field(objective, "title").sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-objective-dialog");
        WebElement renamed = waitFor(d -> objectiveItem("Measure it in four ways"));
        assertThat(renamed.findElement(By.cssSelector(".waypoint-description")).getText())
                .isEqualTo("Metric, threshold, milestones and issues.");
        assertThat(renamed.findElement(By.cssSelector(".waypoint-commitment")).getText()).isEqualTo("Aspirational");
        assertPageIsClean();
    }

    @Test
    void givenBadInput_dialogs_showInlineErrorsAndKeepTheDialogOpen() {
        viewAs("lead");
        openProjectPage("SUP", null, "page");
        createObjective("Errors are shown where they belong");

        WebElement dialog = openAddKeyResult("Errors are shown where they belong");
        new Actions(driver()).sendKeys("Same baseline and target").perform();
        type(field(dialog, "baseline"), "5");
        type(field(dialog, "target"), "five");
        field(dialog, "target").sendKeys(Keys.ENTER);
        WebElement clientError = waitFor(d -> dialog.findElement(
                By.cssSelector("[data-waypoint-error='measure.target']")));
        assertThat(clientError.getText()).isEqualTo("Enter a number, such as 12 or 3.5.");
        assertThat(focused().getAttribute("name")).isEqualTo("target");

        type(field(dialog, "target"), "5");
        field(dialog, "target").sendKeys(Keys.ENTER);
        waitFor(d -> !dialog.findElements(By.cssSelector(".error[data-waypoint-error], .waypoint-form-error"))
                .isEmpty());
        screenshot("keyresult-dialog-server-error");
        assertThat(dialog.isDisplayed()).isTrue();
        assertThat(dialog.getText()).containsIgnoringCase("baseline");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitFor(d -> focused().getAttribute("class").contains("waypoint-discard"));
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        waitUntilGone("waypoint-keyresult-dialog");
        assertThat(keyResultRow("Same baseline and target")).isNull();
    }

    @Test
    void givenAKeyResult_linkIssueDialog_findsTheIssueLinksItAndUnlinksIt() {
        viewAs("lead");
        openProjectPage("SUP", null, "page");
        createObjective("Link the work");
        WebElement dialog = openAddKeyResult("Link the work");
        new Actions(driver()).sendKeys("Close the linked tickets").perform();
        new Select(field(dialog, "type")).selectByValue("ISSUES");
        pressEnterOn(dialog.findElement(By.id("waypoint-keyresult-dialog-submit")));
        waitUntilGone("waypoint-keyresult-dialog");
        WebElement row = waitFor(d -> keyResultRow("Close the linked tickets"));
        assertThat(row.findElement(By.cssSelector(".waypoint-initiatives")).getText()).isEqualTo("0 linked issues");

        act(row, "link-issue");
        WebElement link = dialog("waypoint-link-dialog");
        waitFor(d -> link.findElement(By.cssSelector(".waypoint-linked-issues")).getText()
                .contains("No linked issues"));
        WebElement search = link.findElement(By.name("issueKeys"));
        focus(search);
        new Actions(driver()).sendKeys("SUP-3").perform();
        waitFor(d -> link.findElements(By.cssSelector(".waypoint-option[data-issue-key='SUP-3']")).stream()
                .anyMatch(WebElement::isDisplayed));
        screenshot("link-dialog-picker");
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        waitFor(d -> !link.findElements(By.cssSelector(".waypoint-chip[data-issue-key='SUP-3']")).isEmpty());
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        waitFor(d -> link.findElement(By.cssSelector(".waypoint-linked-issues")).getText().contains("SUP-3"));
        assertThat(link.findElement(By.cssSelector(".waypoint-dialog-status")).getText()).startsWith("Linked SUP-3");
        assertThat(link.isDisplayed()).as("the dialog stays open to link more").isTrue();
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-link-dialog");
        waitFor(d -> "1 linked issue".equals(keyResultRow("Close the linked tickets")
                .findElement(By.cssSelector(".waypoint-initiatives")).getText()));
        assertThat(focused().getAttribute("class")).as("focus back on the menu").contains("waypoint-menu-trigger");

        act(keyResultRow("Close the linked tickets"), "link-issue");
        WebElement again = dialog("waypoint-link-dialog");
        WebElement unlink = waitFor(d -> again.findElement(By.cssSelector("[data-action=unlink][data-key='SUP-3']")));
        screenshot("link-dialog-linked");
        pressEnterOn(unlink);
        waitFor(d -> again.findElement(By.cssSelector(".waypoint-linked-issues")).getText()
                .contains("No linked issues"));
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-link-dialog");
        waitFor(d -> "0 linked issues".equals(keyResultRow("Close the linked tickets")
                .findElement(By.cssSelector(".waypoint-initiatives")).getText()));
    }

    @Test
    void givenTheCyclePicker_choosingAnotherCycle_showsItAndAReloadKeepsIt() {
        viewAs("lead");
        WebElement root = openProjectPage("SUP", null, "page");
        String first = root.getAttribute("data-cycle-id");
        Select picker = new Select(find(By.id("waypoint-cycle-picker")));
        WebElement other = picker.getOptions().stream().filter(o -> !o.getAttribute("value").equals(first))
                .findFirst().orElseThrow();
        String otherId = other.getAttribute("value");
        String otherName = other.getText();

        focus(find(By.id("waypoint-cycle-picker")));
        picker.selectByValue(otherId);
        waitFor(d -> otherId.equals(root.getAttribute("data-cycle-id")));
        waitForPageState("ready", "empty");
        screenshot("other-cycle");
        assertThat(driver().getCurrentUrl()).endsWith("?cycle=" + otherId);

        driver().navigate().refresh();
        pageLoaded("other-cycle-reloaded");
        WebElement reloaded = waitForPageState("ready", "empty");
        assertThat(reloaded.getAttribute("data-cycle-id")).isEqualTo(otherId);
        assertThat(new Select(find(By.id("waypoint-cycle-picker"))).getFirstSelectedOption().getText())
                .isEqualTo(otherName);
    }

    private WebElement addMetricKeyResult(String objectiveTitle, String title) {
        WebElement dialog = openAddKeyResult(objectiveTitle);
        new Actions(driver()).sendKeys(title).perform();
        type(field(dialog, "baseline"), "0");
        type(field(dialog, "target"), "10");
        field(dialog, "target").sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-keyresult-dialog");
        return waitFor(d -> keyResultRow(title));
    }

    /** Opens the delete dialog of an item with the keyboard; the focus starts on Cancel. */
    private WebElement openDelete(WebElement item, String action) {
        act(item, action);
        WebElement dialog = dialog("waypoint-delete-dialog");
        assertThat(focused().getAttribute("id")).as("the safe choice has the focus")
                .isEqualTo("waypoint-delete-dialog-cancel");
        return dialog;
    }

    /** From Cancel, Shift+Tab reaches Delete, and Enter confirms. */
    private void confirmWithKeyboard() {
        new Actions(driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("waypoint-delete-dialog-submit");
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
    }

    private String lastFlag() {
        return (String) driver().executeScript("var flags = document.querySelectorAll('.aui-flag');"
                + " return flags.length ? flags[flags.length - 1].textContent : null;");
    }

    @Test
    void givenTheLead_deletingAKeyResultThenItsObjective_removesThemWithoutReloadAndAReloadKeepsThemGone() {
        viewAs("lead");
        openProjectPage("SUP", null, "page");
        driver().executeScript("window.__waypointSamePage = true;");
        createObjective("An objective to delete");
        addMetricKeyResult("An objective to delete", "A key result to delete");
        addMetricKeyResult("An objective to delete", "A key result that goes with its objective");

        WebElement dialog = openDelete(keyResultRow("A key result to delete"), "delete-key-result");
        assertThat(dialog.findElement(By.tagName("h2")).getText()).isEqualTo("Delete key result");
        assertThat(dialog.findElement(By.cssSelector(".waypoint-delete-question")).getText())
                .isEqualTo("Delete the key result \"A key result to delete\" of the objective"
                        + " \"An objective to delete\"?");
        assertThat(dialog.getText()).contains("All its check-ins are deleted with it.", "This cannot be undone.");
        screenshot("delete-key-result-dialog");
        confirmWithKeyboard();
        waitUntilGone("waypoint-delete-dialog");
        waitFor(d -> keyResultRow("A key result to delete") == null);
        assertThat(lastFlag()).contains("Deleted key result A key result to delete");
        assertThat(keyResultRow("A key result that goes with its objective")).isNotNull();
        assertThat(focused().getAttribute("id")).as("focus on the heading of the objectives")
                .isEqualTo("waypoint-okr-heading");

        WebElement objective = objectiveItem("An objective to delete");
        openDelete(objective, "delete-objective");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-delete-dialog");
        assertThat(objectiveItem("An objective to delete")).as("Esc deletes nothing").isNotNull();
        assertThat(focused().getAttribute("class")).contains("waypoint-menu-trigger");

        WebElement again = openDelete(objectiveItem("An objective to delete"), "delete-objective");
        assertThat(again.getText()).contains("Delete the objective \"An objective to delete\"?",
                "Its key result and all its check-ins are deleted with it.");
        screenshot("delete-objective-dialog");
        confirmWithKeyboard();
        waitUntilGone("waypoint-delete-dialog");
        waitFor(d -> objectiveItem("An objective to delete") == null);
        assertThat(lastFlag()).contains("Deleted objective An objective to delete");
        assertThat(keyResultRow("A key result that goes with its objective")).isNull();
        assertThat(driver().executeScript("return window.__waypointSamePage === true")).as("no page reload")
                .isEqualTo(true);
        screenshot("deleted");

        driver().navigate().refresh();
        pageLoaded("reloaded");
        waitForPageState("ready");
        assertThat(objectiveItem("An objective to delete")).isNull();
        assertThat(keyResultRow("A key result to delete")).isNull();
        assertThat(keyResultRow("A key result that goes with its objective")).isNull();
    }

    @Test
    void givenDeletesTheServerRefuses_deleteDialog_showsWhyAndKeepsTheItem() {
        viewAs("admin");
        openProjectPage("SUP", null, "page");
        String company = "Delight customers with fast, friendly support";

        openDelete(objectiveItem(company), "delete-objective");
        confirmWithKeyboard();
        WebElement aligned = waitFor(d -> find(By.cssSelector("#waypoint-delete-dialog .waypoint-form-error")));
        assertThat(aligned.getText()).isEqualTo("Objective \"" + company + "\" has aligned objectives;"
                + " delete them or align them elsewhere first");
        screenshot("delete-refused-aligned-objectives");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-delete-dialog");
        assertThat(objectiveItem(company)).isNotNull();

        Select picker = new Select(find(By.id("waypoint-cycle-picker")));
        String closed = picker.getOptions().stream().filter(o -> o.getText().endsWith("(closed)"))
                .map(o -> o.getAttribute("value")).findFirst().orElseThrow();
        WebElement root = openProjectPage("SUP", "?cycle=" + closed, "closed-cycle");
        assertThat(root.getAttribute("data-cycle-id")).isEqualTo(closed);
        WebElement row = driver().findElements(By.cssSelector(".waypoint-key-result")).get(0);
        assertThat(menuActions(row)).as("nothing may change in a closed cycle, so nothing is offered")
                .doesNotContain("delete-key-result", "edit-key-result", "check-in", "link-issue", "refresh");
        screenshot("closed-cycle-no-actions");
        assertPageIsClean();
    }

    @Test
    void givenKeyResultsBoundToPercentAndDurationKpis_projectPage_showsTheirValuesAsTheirKpisDo() {
        viewAs("lead");
        openProjectPage("SUP", null, "page");

        WebElement firstContact = keyResultRow("Keep first-contact resolution at 50% or more");
        assertThat(firstContact.findElement(By.cssSelector(".waypoint-aim")).getText())
                .isEqualTo("Keep at or above 50%");
        assertThat(firstContact.findElement(By.cssSelector(".waypoint-current")).getText())
                .matches("Now \\d+(\\.\\d)?% \\(.+\\)");
        assertThat(firstContact.findElement(By.cssSelector(".waypoint-sparkline")).getAttribute("aria-label"))
                .matches("\\d+ values, from \\d+(\\.\\d)?% to \\d+(\\.\\d)?%");
        WebElement resolution = keyResultRow("Keep the median resolution time under a day");
        assertThat(resolution.findElement(By.cssSelector(".waypoint-aim")).getText())
                .isEqualTo("Keep at or below 1d");
        assertThat(resolution.findElement(By.cssSelector(".waypoint-current")).getText())
                .matches("Now -?(\\d+[dhms])( \\d+[hm])? \\(.+\\)");
        assertThat(keyResultRow("Raise customer satisfaction to 92%").findElement(By.cssSelector(".waypoint-aim"))
                .getText()).isEqualTo("Increase from 88% to 92%");
        assertThat(keyResultRow("Cut open tickets per agent to 10").findElement(By.cssSelector(".waypoint-aim"))
                .getText()).isEqualTo("Decrease from 14 tickets to 10 tickets");
        screenshot("kpi-formatted-values");

        act(firstContact, "check-in");
        WebElement checkIn = dialog("waypoint-checkin-dialog");
        assertThat(checkIn.findElement(By.cssSelector(".waypoint-dialog-subject .waypoint-aim")).getText())
                .isEqualTo("Keep at or above 50%");
        assertThat(checkIn.findElements(By.name("value"))).as("its values come from the KPI").isEmpty();
        screenshot("checkin-dialog-kpi-bound");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-checkin-dialog");
    }

    @Test
    void givenTheAgent_historyOfAKpiBoundKeyResult_drawsItsComputedValuesAsPercentagesWithoutListingThem() {
        viewAs("agent");
        openProjectPage("SUP", null, "page");
        WebElement row = keyResultRow("Keep first-contact resolution at 50% or more");
        assertThat(menuActions(row)).as("no edit rights").doesNotContain("edit-key-result");

        WebElement history = openHistory(row);
        screenshot("history-of-kpi-bound-key-result");

        assertThat(history.findElement(By.cssSelector("canvas.waypoint-history-chart")).getAttribute("aria-label"))
                .matches("\\d+ values, from \\d+(\\.\\d)?% to \\d+(\\.\\d)?%, aiming at 50%");
        assertThat(history.getText()).containsPattern("The chart also shows \\d+ values computed by Waypoint");
        assertThat(historyEntries(history)).as("computed daily values are not listed").isEmpty();
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-history-dialog");
        assertThat(focused().getAttribute("class")).contains("waypoint-menu-trigger");
        assertPageIsClean();
    }

    @Test
    void givenHome_theLinkOfTheWebProject_opensItsProjectPage() {
        viewAs("lead");
        open("/", "home");
        WebElement link = find(By.cssSelector("[data-project-key=WEB] .waypoint-preview-project-page"));
        assertThat(link.getText()).isEqualTo("OKRs & KPIs of Web Platform");

        pressEnterOn(link);
        waitForNavigationFrom(link);
        pageLoaded("web-project-page");
        WebElement root = waitForPageState("ready", "empty");
        screenshot("web-project-page-rendered");

        assertThat(root.getAttribute("data-project-key")).isEqualTo("WEB");
        assertThat(find(By.id("waypoint-project-heading")).getText()).contains("Web Platform");
    }

    @Test
    void givenTheOutsider_projectPage_showsAClearMessageAndNoData() {
        viewAs("outsider");
        open("/projects/SUP/waypoint", "no-access");

        WebElement message = find(By.id("waypoint-no-access"));
        assertThat(message.getText()).contains("You cannot see this page",
                "You do not have permission to browse project SUP");
        assertThat(find(By.id("waypoint-project-page")).getAttribute("data-state")).isEqualTo("denied");
        assertThat(driver().findElements(By.cssSelector("[data-region], .waypoint-objective, .waypoint-kpi-card")))
                .isEmpty();
        assertThat(driver().executeScript("return Array.prototype.filter.call(document.scripts, function (s) {"
                + " return s.src.indexOf('waypoint-project-page') >= 0; }).length + performance.getEntriesByType("
                + "'resource').filter(function (e) { return e.name.indexOf('/rest/waypoint/') >= 0; }).length"))
                .as("no page script loaded, no API call made").isEqualTo(0L);
        Map<String, Object> api = rest("GET", "/projects/SUP/okrs", null);
        assertThat(((Number) api.get("status")).intValue()).isEqualTo(404);
        assertThat(String.valueOf(api.get("body"))).doesNotContain("objectives");
    }

    @Test
    void givenTheAgent_projectPage_offersOnlyWhatTheAgentMayDo() {
        viewAs("agent");
        openProjectPage("SUP", null, "as-agent");

        assertThat(driver().findElements(By.cssSelector(".waypoint-objective"))).isNotEmpty();
        for (WebElement objective : driver().findElements(By.cssSelector(".waypoint-objective"))) {
            assertThat(menuActions(objective)).as("objectives of others").doesNotContain("edit-objective",
                    "delete-objective");
        }
        // The same decisions as the API's, item by item.
        boolean checksIn = false;
        for (WebElement row : driver().findElements(By.cssSelector(".waypoint-key-result"))) {
            String id = row.getAttribute("data-key-result-id");
            Map<String, Object> keyResult = restOk("GET", "/key-results/" + id, null);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) keyResult.get("body");
            List<String> offered = menuActions(row);
            assertThat(offered.contains("check-in")).as("check-in of %s", id)
                    .isEqualTo(Boolean.TRUE.equals(body.get("canCheckIn")));
            assertThat(offered.contains("edit-key-result")).as("edit of %s", id)
                    .isEqualTo(Boolean.TRUE.equals(body.get("canEdit")));
            assertThat(offered.contains("delete-key-result")).as("delete of %s", id)
                    .isEqualTo(Boolean.TRUE.equals(body.get("canEdit")));
            checksIn |= offered.contains("check-in");
        }
        assertThat(checksIn).as("the agent owns a key result of the sample").isTrue();
    }

    @Test
    void givenTheKeyboard_tabbingThroughThePage_reachesEveryRowsMenuAndEveryKindOfAction() {
        viewAs("admin");
        openProjectPage("SUP", null, "page");
        focus(find(By.id("waypoint-cycle-picker")));
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            new Actions(driver()).sendKeys(Keys.TAB).perform();
            WebElement element = focused();
            String menu = element.getAttribute("aria-controls");
            reached.add(menu != null ? menu : String.valueOf(element.getAttribute("id")));
        }

        Set<String> menus = new HashSet<>();
        Set<String> present = new HashSet<>();
        for (WebElement trigger : driver().findElements(By.cssSelector("#waypoint-project-page .waypoint-menu-trigger"))) {
            menus.add(trigger.getAttribute("aria-controls"));
        }
        for (WebElement item : driver().findElements(By.cssSelector("aui-dropdown-menu [data-action]"))) {
            present.add(item.getAttribute("data-action"));
        }
        assertThat(present).contains("edit-objective", "add-key-result", "check-in", "link-issue", "edit-key-result",
                "delete-objective", "delete-key-result", "check-in-history", "refresh");
        assertThat(reached).contains("waypoint-create-objective").containsAll(menus);
    }

    @Test
    void givenADialog_escape_closesItAndGivesTheFocusBack() {
        viewAs("lead");
        openProjectPage("SUP", null, "page");
        WebElement create = find(By.id("waypoint-create-objective"));

        pressEnterOn(create);
        dialog("waypoint-objective-dialog");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-objective-dialog");
        assertThat(focused().getAttribute("id")).as("nothing typed: Escape closes at once")
                .isEqualTo("waypoint-create-objective");

        pressEnterOn(create);
        WebElement dialog = dialog("waypoint-objective-dialog");
        new Actions(driver()).sendKeys("Never saved").sendKeys(Keys.ESCAPE).perform();
        WebElement ask = waitFor(d -> dialog.findElement(By.cssSelector(".waypoint-discard-bar")));
        assertThat(ask.getText()).contains("Unsaved changes \u2014 discard?");
        screenshot("objective-dialog-unsaved-changes");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitFor(d -> dialog.findElements(By.cssSelector(".waypoint-discard-bar")).isEmpty());
        assertThat(field(dialog, "title").getAttribute("value")).as("Escape again keeps editing")
                .isEqualTo("Never saved");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitFor(d -> focused().getAttribute("class").contains("waypoint-discard"));
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        waitUntilGone("waypoint-objective-dialog");

        assertThat(focused().getAttribute("id")).isEqualTo("waypoint-create-objective");
        assertThat(objectiveItem("Never saved")).isNull();
    }

    @Test
    void givenAnInsight_createOkrAction_opensTheObjectiveDialogPrefilledAndCreatesBoth() {
        viewAs("admin");
        openProjectPage("SUP", null, "page");
        List<WebElement> actions = driver().findElements(By.cssSelector("[data-action=create-okr]"));
        assertThat(actions).as("the sample has an unhealthy KPI without an objective").isNotEmpty();
        String message = actions.get(0).findElement(By.xpath(".."))
                .findElement(By.cssSelector(".waypoint-insight-message")).getText();
        assertThat(message).contains("create an OKR to fix it");

        pressEnterOn(actions.get(0));
        WebElement dialog = dialog("waypoint-objective-dialog");
        String title = field(dialog, "title").getAttribute("value");
        String keyResultTitle = field(dialog, "krTitle").getAttribute("value");
        assertThat(title).isNotBlank();
        assertThat(keyResultTitle).isNotBlank();
        screenshot("objective-dialog-from-insight");
        field(dialog, "title").sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-objective-dialog");

        WebElement created = waitFor(d -> objectiveItem(title));
        assertThat(created.findElement(By.cssSelector(".waypoint-kr-title")).getText()).isEqualTo(keyResultTitle);
        assertThat(created.findElement(By.cssSelector(".waypoint-source")).getText()).startsWith("From KPI ");
        List<WebElement> trackAsKpi = driver().findElements(By.cssSelector("[data-action=track-as-kpi]"));
        if (!trackAsKpi.isEmpty()) {
            pressEnterOn(trackAsKpi.get(0));
            dialog("waypoint-kpi-dialog");
            screenshot("track-as-kpi-dialog");
            new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
            waitUntilGone("waypoint-kpi-dialog");
        }
        assertPageIsClean();
    }
}
