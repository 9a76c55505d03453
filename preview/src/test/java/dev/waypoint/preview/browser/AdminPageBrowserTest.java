package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Issue 12 as a Jira administrator would try it, in order, on one sample: the admin page lists cycles and every
 * setting; the quarters of next year come in one action; a cycle is started, moved back and an empty one deleted;
 * settings are checked by the server field by field, a pace margin changes the project page's read model, a group
 * comes from Jira's group picker, and everything resets to its default; then the active quarter is closed through the
 * wizard (one key result carried over, one grade overridden with a note) and the company page shows its grades, with
 * no action. Other users get the permission-violation page and 403 from the page's API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminPageBrowserTest extends AppPagesBrowserTest {

    private static final String NEXT_YEAR = String.valueOf(LocalDate.now().getYear() + 1);

    @Test
    @Order(1)
    void givenTheAdmin_adminPage_listsTheCyclesAndEverySettingWithItsDefault() {
        viewAs("admin");
        openAdminPage("admin-page");

        assertThat(driver().findElements(By.cssSelector(".waypoint-cycle-row"))).hasSize(3);
        WebElement active = cycleRow((String) cycleIn("ACTIVE").get("name"));
        assertThat(active.findElements(By.cssSelector("[data-action]"))).extracting(e -> e.getAttribute("data-action"))
                .containsExactly("edit", "plan", "close");
        WebElement closed = cycleRow((String) cycleIn("CLOSED").get("name"));
        assertThat(closed.findElements(By.cssSelector("button[data-action]"))).isEmpty();
        assertThat(closed.findElement(By.cssSelector("a[data-action=grades]")).getAttribute("href"))
                .contains("/secure/WaypointCompany.jspa?cycle=");
        assertThat(find(By.id("waypoint-setting-scoring-onTrackMargin")).getAttribute("value")).isEqualTo("0.1");
        assertThat(find(By.cssSelector("[data-setting='scoring.onTrackMargin'] .waypoint-setting-default")).getText())
                .isEqualTo("Default: 0.1");
        assertThat(find(By.id("waypoint-setting-refresh-epicChildrenJql")).getAttribute("value"))
                .isEqualTo("\"Epic Link\" = {key}");
        assertThat(driver().findElements(By.cssSelector(".waypoint-setting"))).hasSize(18);
        assertThat(find(By.id("waypoint-admin-link")).getText()).isEqualTo("Administration");
        new Actions(driver()).scrollToElement(find(By.id("waypoint-settings-save"))).perform();
        screenshot("settings-bottom");
    }

    @Test
    @Order(2)
    void givenTheAdmin_creatingTheQuartersOfNextYear_addsFourCyclesInPlanningInOneAction() {
        viewAs("admin");
        openAdminPage("before-quarters");

        pressEnterOn(find(By.id("waypoint-create-quarters")));
        WebElement dialog = dialog("waypoint-quarters-dialog");
        assertThat(dialog.findElement(By.name("year")).getAttribute("value")).isEqualTo(NEXT_YEAR);
        assertThat(dialog.findElement(By.cssSelector(".waypoint-quarters-hint")).getText())
                .isEqualTo("Creates Q1 " + NEXT_YEAR + " to Q4 " + NEXT_YEAR + ", each in planning.");
        screenshot("quarters-dialog");
        dialog.findElement(By.name("year")).sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-quarters-dialog");

        assertThat(waitForFlag("Created")).contains("Q1 " + NEXT_YEAR + ", Q2 " + NEXT_YEAR);
        waitFor(d -> cycleRow("Q4 " + NEXT_YEAR) != null);
        for (String quarter : List.of("Q1", "Q2", "Q3", "Q4")) {
            WebElement row = cycleRow(quarter + " " + NEXT_YEAR);
            assertThat(row.getAttribute("data-state")).isEqualTo("PLANNING");
            assertThat(row.findElements(By.cssSelector("[data-action=delete]"))).hasSize(1);
        }
        assertThat(cycleRow("Q1 " + NEXT_YEAR).findElement(By.cssSelector("td")).getText())
                .isEqualTo("1 Jan " + NEXT_YEAR + " to 31 Mar " + NEXT_YEAR);
        screenshot("quarters-created");

        // The same year again: the server refuses it, named under the year.
        pressEnterOn(find(By.id("waypoint-create-quarters")));
        WebElement again = dialog("waypoint-quarters-dialog");
        type(again.findElement(By.name("year")), NEXT_YEAR);
        again.findElement(By.name("year")).sendKeys(Keys.ENTER);
        waitFor(d -> !again.findElements(By.cssSelector("[data-waypoint-error=year]")).isEmpty());
        assertThat(again.findElement(By.cssSelector("[data-waypoint-error=year]")).getText())
                .isEqualTo("The quarters of " + NEXT_YEAR + " exist already");
        screenshot("quarters-exist");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-quarters-dialog");
    }

    @Test
    @Order(3)
    void givenTheAdmin_cycles_areEditedStartedMovedBackAndDeletedOnlyWhenEmpty() {
        viewAs("admin");
        openAdminPage("before-edit");

        pressEnterOn(cycleRow("Q2 " + NEXT_YEAR).findElement(By.cssSelector("[data-action=edit]")));
        WebElement edit = dialog("waypoint-cycle-dialog");
        type(edit.findElement(By.name("name")), "");
        edit.findElement(By.name("name")).sendKeys(Keys.ENTER);
        waitFor(d -> !edit.findElements(By.cssSelector("[data-waypoint-error=name]")).isEmpty());
        screenshot("cycle-dialog-error");
        type(edit.findElement(By.name("name")), "Spring " + NEXT_YEAR);
        edit.findElement(By.name("name")).sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-cycle-dialog");
        waitForFlag("Saved cycle Spring " + NEXT_YEAR);
        waitForIdle("waypoint-admin-page");
        waitFor(d -> cycleRow("Spring " + NEXT_YEAR) != null);

        pressEnterOn(cycleRow("Spring " + NEXT_YEAR).findElement(By.cssSelector("[data-action=start]")));
        waitForFlag("Cycle Spring " + NEXT_YEAR + " is active");
        waitFor(d -> "ACTIVE".equals(cycleRow("Spring " + NEXT_YEAR).getAttribute("data-state")));
        waitForIdle("waypoint-admin-page");
        pressEnterOn(cycleRow("Spring " + NEXT_YEAR).findElement(By.cssSelector("[data-action=plan]")));
        waitFor(d -> "PLANNING".equals(cycleRow("Spring " + NEXT_YEAR).getAttribute("data-state")));
        waitForIdle("waypoint-admin-page");

        pressEnterOn(cycleRow("Q4 " + NEXT_YEAR).findElement(By.cssSelector("[data-action=delete]")));
        WebElement delete = dialog("waypoint-cycle-delete-dialog");
        assertThat(focused().getText()).isEqualTo("Cancel");
        screenshot("delete-dialog");
        pressEnterOn(delete.findElement(By.id("waypoint-cycle-delete-dialog-submit")));
        waitUntilGone("waypoint-cycle-delete-dialog");
        waitForFlag("Deleted cycle Q4 " + NEXT_YEAR);
        waitFor(d -> cycleRow("Q4 " + NEXT_YEAR) == null);
        waitForIdle("waypoint-admin-page");
        assertThat(cycleRow((String) cycleIn("ACTIVE").get("name")).findElements(By.cssSelector("[data-action=delete]")))
                .as("a cycle with objectives offers no delete").isEmpty();

        pressEnterOn(find(By.id("waypoint-create-cycle")));
        WebElement create = dialog("waypoint-cycle-dialog");
        assertThat(create.findElement(By.name("name")).getAttribute("value")).isEmpty();
        screenshot("create-cycle-dialog");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUntilGone("waypoint-cycle-dialog");
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void givenTheAdmin_settings_areCheckedByTheServerSavedAndChangeThePaceOfTheProjectPage() {
        viewAs("admin");
        openAdminPage("settings-before");
        long active = id(cycleIn("ACTIVE"));
        Map<String, Long> before = paces(active);

        // A bad value: the server names it, nothing is stored.
        type(find(By.id("waypoint-setting-scoring-yellowFrom")), "0.9");
        type(find(By.id("waypoint-setting-scoring-onTrackMargin")), "abc");
        pressEnterOn(find(By.id("waypoint-settings-save")));
        waitFor(d -> !d.findElements(By.cssSelector("[data-waypoint-error='scoring.onTrackMargin']")).isEmpty());
        assertThat(find(By.cssSelector("[data-waypoint-error='scoring.onTrackMargin']")).getText())
                .startsWith("Enter a number");
        type(find(By.id("waypoint-setting-scoring-onTrackMargin")), "0.1");
        pressEnterOn(find(By.id("waypoint-settings-save")));
        waitFor(d -> !d.findElements(By.cssSelector("[data-waypoint-error='scoring.yellowFrom']")).isEmpty());
        assertThat(find(By.cssSelector("[data-waypoint-error='scoring.yellowFrom']")).getText())
                .contains("0.9").contains("0.7");
        screenshot("settings-server-error");
        assertThat(((Map<String, Object>) ((Map<String, Object>) restOk("GET", "/admin/settings", null).get("body"))
                .get("scoring")).get("yellowFrom")).isEqualTo(0.4);

        // A wide pace margin and a company group picked from Jira's group picker.
        type(find(By.id("waypoint-setting-scoring-yellowFrom")), "0.4");
        type(find(By.id("waypoint-setting-scoring-onTrackMargin")), "0.9");
        type(find(By.id("waypoint-setting-scoring-atRiskMargin")), "0.95");
        WebElement group = find(By.id("waypoint-setting-access-companyGroup"));
        type(group, "admin");
        waitFor(d -> suggestions("waypoint-setting-access-companyGroup").equals(List.of("jira-administrators")));
        screenshot("group-picker");
        group.sendKeys(Keys.ARROW_DOWN);
        group.sendKeys(Keys.ENTER);
        String picked = group.getAttribute("value");
        assertThat(picked).isEqualTo("jira-administrators");
        WebElement viewers = find(By.id("waypoint-setting-access-companyViewerGroups"));
        type(viewers, "agents");
        waitFor(d -> suggestions("waypoint-setting-access-companyViewerGroups").equals(List.of("support-agents")));
        viewers.sendKeys(Keys.ARROW_DOWN);
        viewers.sendKeys(Keys.ENTER);
        waitFor(d -> !d.findElements(By.cssSelector(".waypoint-group-chip")).isEmpty());
        pressEnterOn(find(By.id("waypoint-settings-save")));
        waitForFlag("Settings saved");
        screenshot("settings-saved");
        Map<String, Object> stored = (Map<String, Object>) restOk("GET", "/admin/settings", null).get("body");
        assertThat(((Map<String, Object>) stored.get("scoring")).get("onTrackMargin")).isEqualTo(0.9);
        assertThat(((Map<String, Object>) stored.get("access")).get("companyGroup")).isEqualTo(picked);
        assertThat((List<String>) ((Map<String, Object>) stored.get("access")).get("companyViewerGroups"))
                .hasSize(1);

        // The project page's read model (GET /projects/SUP/okrs) now paces more objectives on track.
        Map<String, Long> after = paces(active);
        assertThat(after.getOrDefault("ON_TRACK", 0L)).isGreaterThan(before.getOrDefault("ON_TRACK", 0L));
        assertThat(after.getOrDefault("OFF_TRACK", 0L)).isLessThanOrEqualTo(before.getOrDefault("OFF_TRACK", 0L));

        // Reset to defaults, after a confirmation.
        pressEnterOn(find(By.id("waypoint-settings-reset")));
        WebElement reset = dialog("waypoint-settings-reset-dialog");
        screenshot("reset-dialog");
        pressEnterOn(reset.findElement(By.id("waypoint-settings-reset-dialog-submit")));
        waitUntilGone("waypoint-settings-reset-dialog");
        waitForFlag("Settings reset to their defaults");
        assertThat(find(By.id("waypoint-setting-scoring-onTrackMargin")).getAttribute("value")).isEqualTo("0.1");
        assertThat(find(By.id("waypoint-setting-access-companyGroup")).getAttribute("value")).isEmpty();
        assertThat(paces(active)).isEqualTo(before);
    }

    /** The group picker's shown suggestions. */
    private List<String> suggestions(String pickerId) {
        WebElement list = find(By.id(pickerId + "-suggestions"));
        return list.isDisplayed() ? list.findElements(By.cssSelector("li")).stream().map(WebElement::getText).toList()
                : List.of();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> paces(long cycle) {
        Map<String, Object> page = (Map<String, Object>) restOk("GET", "/projects/SUP/okrs?cycleId=" + cycle, null)
                .get("body");
        List<Object> paces = new ArrayList<>();
        for (Map<String, Object> objective : (List<Map<String, Object>>) page.get("objectives")) {
            for (Map<String, Object> keyResult : (List<Map<String, Object>>) objective.get("keyResults")) {
                paces.add(keyResult.get("pace"));
            }
            paces.add(objective.get("pace"));
        }
        return paces.stream().collect(Collectors.groupingBy(String::valueOf, Collectors.counting()));
    }

    @Test
    @Order(5)
    @SuppressWarnings("unchecked")
    void givenTheActiveQuarter_closingItThroughTheWizard_gradesCarriesOverAndShowsGradesOnTheCompanyPage() {
        viewAs("admin");
        openAdminPage("before-close");
        Map<String, Object> cycle = cycleIn("ACTIVE");
        String name = (String) cycle.get("name");

        pressEnterOn(cycleRow(name).findElement(By.cssSelector("[data-action=close]")));
        WebElement wizard = dialog("waypoint-close-wizard");
        waitFor(d -> !wizard.findElements(By.cssSelector(".waypoint-fate")).isEmpty());
        assertThat(new org.openqa.selenium.support.ui.Select(wizard.findElement(By.name("carryOverCycle")))
                .getFirstSelectedOption().getText()).isEqualTo("Q1 " + NEXT_YEAR);
        WebElement carried = wizard.findElements(By.cssSelector(".waypoint-fate")).get(0);
        String carriedTitle = carried.findElement(By.cssSelector(".waypoint-fate-title")).getText();
        WebElement carry = carried.findElement(By.cssSelector("input[value=CARRY]"));
        carried.findElement(By.cssSelector("label[for='" + carry.getAttribute("id") + "']")).click();
        assertThat(carry.isSelected()).isTrue();
        screenshot("wizard-key-results");
        pressEnterOn(find(By.id("waypoint-close-wizard-submit")));

        waitFor(d -> !wizard.findElements(By.cssSelector(".waypoint-grade-row input")).isEmpty()
                && wizard.findElement(By.cssSelector("[data-step='2']")).isDisplayed());
        WebElement row = wizard.findElements(By.cssSelector(".waypoint-grade-row")).stream()
                .filter(r -> !r.findElements(By.cssSelector("input")).isEmpty()).findFirst().orElseThrow();
        String objectiveTitle = row.findElement(By.cssSelector("th span")).getText();
        WebElement grade = row.findElement(By.cssSelector("input"));
        String suggested = grade.getAttribute("placeholder");
        String override = Double.parseDouble(suggested) > 0.5 ? "0.1" : "0.95";
        type(grade, override);
        waitFor(d -> row.findElement(By.cssSelector(".waypoint-note-hint")).getText().startsWith("Note required"));
        pressEnterOn(find(By.id("waypoint-close-wizard-submit")));
        waitFor(d -> !row.findElements(By.cssSelector("[data-waypoint-error]")).isEmpty());
        screenshot("wizard-note-required");
        row.findElement(By.cssSelector("textarea")).sendKeys("Reorganised mid-quarter");
        pressEnterOn(find(By.id("waypoint-close-wizard-submit")));

        WebElement review = waitFor(d -> {
            WebElement step = wizard.findElement(By.cssSelector("[data-step='3']"));
            return step.isDisplayed() ? step : null;
        });
        assertThat(review.getText()).contains(objectiveTitle).contains("Reorganised mid-quarter")
                .contains("Carried over to Q1 " + NEXT_YEAR + " (1)").contains(carriedTitle);
        assertThat(find(By.id("waypoint-close-wizard-submit")).getText()).isEqualTo("Close " + name);
        screenshot("wizard-review");
        pressEnterOn(find(By.id("waypoint-close-wizard-submit")));
        waitUntilGone("waypoint-close-wizard");
        assertThat(waitForFlag("Closed " + name)).contains("1 key results carried over");
        waitFor(d -> "CLOSED".equals(cycleRow(name).getAttribute("data-state")));
        screenshot("closed");

        Map<String, Object> closedObjective = ((List<Map<String, Object>>) restOk("GET", "/objectives?cycleId="
                + id(cycle), null).get("body")).stream().filter(o -> objectiveTitle.equals(o.get("title")))
                .findFirst().orElseThrow();
        assertThat(closedObjective.get("state")).isEqualTo("CLOSED");
        assertThat(((Map<String, Object>) closedObjective.get("grade")).get("score"))
                .isEqualTo(Double.parseDouble(override));
        assertThat(((Map<String, Object>) closedObjective.get("grade")).get("note")).isEqualTo("Reorganised mid-quarter");
        long next = cycles().stream().filter(c -> ("Q1 " + NEXT_YEAR).equals(c.get("name"))).mapToLong(c -> id(c))
                .findFirst().orElseThrow();
        assertThat(((List<Map<String, Object>>) restOk("GET", "/objectives?cycleId=" + next, null).get("body")))
                .isNotEmpty();

        // The company page shows the closed cycle's grades in their band's colour with the note, and no action.
        WebElement root = openCompanyPage("?cycle=" + id(cycle), "company-closed");
        assertThat(root.getAttribute("data-cycle-state")).isEqualTo("CLOSED");
        assertThat(driver().findElements(By.cssSelector(".waypoint-company-progress, .waypoint-pace"))).isEmpty();
        assertThat(driver().findElements(By.cssSelector("#waypoint-company-page [data-action=edit], "
                + "#waypoint-company-page [data-action=align], #waypoint-create-company-objective, "
                + "#waypoint-close-cycle"))).isEmpty();
        expandAll();
        WebElement graded = companyNode(objectiveTitle);
        assertThat(graded).isNotNull();
        WebElement lozenge = graded.findElement(By.cssSelector(".waypoint-grade"));
        assertThat(lozenge.getText()).isEqualTo(String.format("%.2f", Double.parseDouble(override)));
        assertThat(lozenge.getAttribute("data-band")).isEqualTo(Double.parseDouble(override) >= 0.7 ? "GREEN" : "RED");
        assertThat(graded.findElement(By.cssSelector(".waypoint-grade-note")).getText())
                .isEqualTo("Reorganised mid-quarter");
        screenshot("company-grades");
    }

    /** Expands every collapsed node of the company page, level by level. */
    private void expandAll() {
        for (int round = 0; round < 5; round++) {
            List<WebElement> collapsed = driver().findElements(By.cssSelector(".waypoint-expander[aria-expanded=false]"));
            if (collapsed.isEmpty()) {
                return;
            }
            collapsed.forEach(button -> {
                pressEnterOn(button);
                waitFor(d -> "true".equals(button.getAttribute("aria-expanded")));
            });
            waitForIdle("waypoint-company-page");
        }
    }

    @Test
    @Order(6)
    void givenUsersWhoAreNotJiraAdministrators_adminPage_isAPermissionViolationAndItsApiAnswers403() {
        for (String user : List.of("lead", "agent", "outsider")) {
            viewAs(user);
            open(ADMIN_PAGE, "permission-violation-" + user);
            assertThat(find(By.tagName("h1")).getText()).isEqualTo("Permission violation");
            assertThat(driver().findElements(By.id("waypoint-admin-page"))).isEmpty();
            assertThat(driver().findElements(By.id("waypoint-admin-link"))).as("no administration link").isEmpty();
            assertStatus(403, "GET", "/admin/settings", null);
            assertStatus(403, "GET", "/admin/settings/defaults", null);
            assertStatus(403, "PUT", "/admin/settings", "{}");
            assertStatus(403, "GET", "/admin/cycles", null);
            assertStatus(403, "POST", "/cycles/quarters", "{\"year\":" + (LocalDate.now().getYear() + 2) + "}");
        }
        viewAs("admin");
        open(ADMIN_PAGE, "admin-again");
        assertThat(driver().findElements(By.id("waypoint-admin-page"))).hasSize(1);
    }
}
