package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The XSS corpus ({@link XssCorpus}) in every new text field of issue 12: cycle names (typed into the admin page's
 * dialog), close notes (typed into the close wizard), company objective titles (typed into the company page's dialog),
 * the company page's search and the group picker; then every surface that shows them (the cycle table, flags, the
 * cycle picker, the wizard and its review, the company tree with grades and notes, search results, field errors) must
 * run nothing and show the text literally.
 */
class AdminCompanyXssBrowserTest extends AppPagesBrowserTest {

    private static final List<String> PAYLOADS = XssCorpus.payloads();
    private static final List<String> NAMES = XssCorpus.packed(PAYLOADS, 255, " | ");
    private static final String ALL = String.join("\n", PAYLOADS);

    private String text(String cssSelector) {
        return (String) driver().executeScript("var e = document.querySelector(arguments[0]);"
                + " return e ? e.textContent : null;", cssSelector);
    }

    private void assertShows(String cssSelector, List<String> texts) {
        String shown = text(cssSelector);
        assertThat(shown).as(cssSelector).isNotNull();
        texts.forEach(expected -> assertThat(shown).as("%s shows %s", cssSelector, expected).contains(expected));
        assertPageIsClean();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTheCorpus_inCycleNamesCloseNotesTitlesSearchAndGroups_isShownLiterallyAndRunsNothing() {
        assertThat(ALL.length()).isLessThanOrEqualTo(4_000);
        viewAs("admin");
        openAdminPage("before");

        // Cycle names, typed into the dialog; each is confirmed by a flag.
        for (int i = 0; i < NAMES.size(); i++) {
            pressEnterOn(find(By.id("waypoint-create-cycle")));
            WebElement dialog = dialog("waypoint-cycle-dialog");
            dialog.findElement(By.name("name")).sendKeys(NAMES.get(i));
            int year = LocalDate.now().getYear() + 3 + i;
            driver().executeScript("arguments[0].value = arguments[1]; arguments[2].value = arguments[3];",
                    dialog.findElement(By.name("start")), year + "-01-01", dialog.findElement(By.name("end")),
                    year + "-03-31");
            new Select(dialog.findElement(By.name("state"))).selectByValue("ACTIVE");
            if (i == 0) {
                screenshot("cycle-dialog-payload");
            }
            dialog.findElement(By.name("name")).sendKeys(Keys.ENTER);
            waitUntilGone("waypoint-cycle-dialog");
            assertThat(waitForFlag("Created cycle " + NAMES.get(i))).isNotEmpty();
            waitForIdle("waypoint-admin-page");
        }
        assertShows("#waypoint-cycle-table", NAMES);
        screenshot("cycle-table-payloads");

        // A company objective of the first payload cycle with a key result, graded at close with the corpus as note.
        String first = NAMES.get(0);
        long cycle = cycles().stream().filter(c -> first.equals(c.get("name"))).mapToLong(AppPagesBrowserTest::id)
                .findFirst().orElseThrow();
        Map<String, Object> objective = (Map<String, Object>) restOk("POST", "/objectives", "{\"cycleId\":" + cycle
                + ",\"title\":" + json(NAMES.get(1)) + ",\"level\":\"COMPANY\"}").get("body");
        Map<String, Object> keyResult = (Map<String, Object>) restOk("POST", "/key-results", "{\"objectiveId\":"
                + objective.get("id") + ",\"title\":" + json(NAMES.get(2)) + ",\"measure\":{\"type\":\"METRIC\","
                + "\"baseline\":0,\"target\":10}}").get("body");
        assertThat(keyResult.get("id")).isNotNull();
        openAdminPage("before-close");
        pressEnterOn(cycleRow(first).findElement(By.cssSelector("[data-action=close]")));
        WebElement wizard = dialog("waypoint-close-wizard");
        assertThat(wizard.findElement(By.tagName("h2")).getText()).isEqualTo("Close cycle " + first);
        waitFor(d -> !wizard.findElements(By.cssSelector(".waypoint-fate")).isEmpty());
        assertShows("#waypoint-close-wizard [data-step='1']", List.of(NAMES.get(2), NAMES.get(1)));
        screenshot("wizard-payloads");
        pressEnterOn(find(By.id("waypoint-close-wizard-submit")));
        waitFor(d -> wizard.findElement(By.cssSelector("[data-step='2']")).isDisplayed()
                && !wizard.findElements(By.cssSelector(".waypoint-grade-row input")).isEmpty());
        WebElement row = wizard.findElement(By.cssSelector(".waypoint-grade-row"));
        type(row.findElement(By.cssSelector("input")), "0.9");
        row.findElement(By.cssSelector("textarea")).sendKeys(ALL);
        pressEnterOn(find(By.id("waypoint-close-wizard-submit")));
        waitFor(d -> wizard.findElement(By.cssSelector("[data-step='3']")).isDisplayed());
        assertShows("#waypoint-close-wizard .waypoint-grade-note", PAYLOADS);
        assertThat(text("#waypoint-close-wizard .waypoint-grade-note")).isEqualTo(ALL);
        screenshot("wizard-review-payloads");
        pressEnterOn(find(By.id("waypoint-close-wizard-submit")));
        waitUntilGone("waypoint-close-wizard");
        assertThat(waitForFlag("Closed " + first)).isNotEmpty();

        // The company page of that cycle: its name in the picker, the grade with the note.
        openCompanyPage("?cycle=" + cycle, "company-payloads");
        assertThat(new Select(find(By.id("waypoint-company-cycle"))).getFirstSelectedOption().getText())
                .isEqualTo(first + " (closed)");
        assertShows("#waypoint-company-cycle", NAMES);
        assertShows("[data-region=tree]", List.of(NAMES.get(1)));
        assertThat(text("[data-region=tree] .waypoint-grade-note")).isEqualTo(ALL);
        screenshot("company-grade-note-payloads");

        // Company objective titles typed into the company page's dialog, and the search.
        long open = cycles().stream().filter(c -> NAMES.get(NAMES.size() - 1).equals(c.get("name")))
                .mapToLong(AppPagesBrowserTest::id).findFirst().orElseThrow();
        openCompanyPage("?cycle=" + open, "company-before-create");
        for (String title : NAMES.subList(0, 2)) {
            pressEnterOn(find(By.id("waypoint-create-company-objective")));
            WebElement dialog = dialog("waypoint-company-objective-dialog");
            dialog.findElement(By.name("title")).sendKeys(title);
            dialog.findElement(By.name("title")).sendKeys(Keys.ENTER);
            waitUntilGone("waypoint-company-objective-dialog");
            assertThat(waitForFlag("Created objective " + title)).isNotEmpty();
            waitForCompanyPage();
        }
        assertShows("[data-region=tree]", NAMES.subList(0, 2));
        for (String payload : PAYLOADS.subList(0, 8)) {
            type(find(By.id("waypoint-company-search")), payload);
            waitFor(d -> "searched".equals(find(By.id("waypoint-company-page")).getAttribute("data-state")));
            waitForIdle("waypoint-company-page");
            assertPageIsClean();
        }
        screenshot("search-payloads");

        // The group picker: whatever is typed stays text; the server names an unknown group under the field.
        openAdminPage("settings-before-groups");
        WebElement group = find(By.id("waypoint-setting-access-companyGroup"));
        type(group, PAYLOADS.get(0));
        pressEnterOn(find(By.id("waypoint-settings-save")));
        waitFor(d -> !d.findElements(By.cssSelector("[data-waypoint-error='access.companyGroup']")).isEmpty());
        assertThat(text("[data-waypoint-error='access.companyGroup']")).contains(PAYLOADS.get(0));
        assertPageIsClean();
        screenshot("group-error-payload");
    }
}
