package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The issue panel end to end: link an issue to a key result from the issue view with the keyboard, see the link on
 * the project page, unlink it; links through an epic; the panel of a user who may not see the issue.
 */
class IssuePanelBrowserTest extends WaypointBrowserTest {

    private static final String ISSUE = "SUP-5";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object body, String key) {
        return (List<Map<String, Object>>) ((Map<String, Object>) body).get(key);
    }

    @Test
    void givenTheLead_linkFromTheIssuePanel_showsTheKeyResultThereAndTheIssueOnTheProjectPage() {
        viewAs("lead");
        WebElement panel = openIssue(ISSUE, "issue-without-links");
        assertThat(panel.getAttribute("data-state")).isEqualTo("empty");
        assertThat(panel.findElement(By.cssSelector("[data-region=list]")).getText())
                .isEqualTo("This issue drives no key results yet.");

        pressEnterOn(find(By.id("waypoint-issue-link")));
        WebElement dialog = dialog("waypoint-issue-link-dialog");
        WebElement select = dialog.findElement(By.name("keyResultId"));
        waitFor(d -> select.isEnabled() && new Select(select).getOptions().size() > 1);
        assertThat(focused()).isEqualTo(select);
        new Actions(driver()).sendKeys(Keys.ARROW_DOWN).perform();
        String chosenId = new Select(select).getFirstSelectedOption().getAttribute("value");
        String chosen = new Select(select).getFirstSelectedOption().getText();
        // "key result — objective (cycle)": the key result named with its objective (issue 13)
        String keyResultTitle = chosen.substring(0, chosen.indexOf(" \u2014 "));
        screenshot("issue-link-dialog");
        new Actions(driver()).sendKeys(Keys.TAB).perform();
        assertThat(focused().getAttribute("id")).isEqualTo("waypoint-issue-link-dialog-submit");
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        waitUntilGone("waypoint-issue-link-dialog");

        WebElement driven = waitFor(d -> d.findElements(By.cssSelector(".waypoint-driven")).stream()
                .filter(e -> chosenId.equals(e.getAttribute("data-key-result-id"))).findFirst().orElse(null));
        assertThat(driven.findElement(By.cssSelector(".waypoint-driven-title")).getText()).isEqualTo(keyResultTitle);
        assertThat(driven.getAttribute("data-via")).isEqualTo("ISSUE");
        assertThat(driven.findElement(By.cssSelector(".waypoint-progress-text")).getText()).isNotBlank();
        assertThat(driven.findElement(By.cssSelector(".waypoint-pace")).getText()).isNotBlank();
        screenshot("issue-linked");

        Map<String, Object> links = restOk("GET", "/key-results/" + chosenId + "/initiatives", null);
        int count = list(links.get("body"), "initiatives").size();
        openProjectPage("SUP", null, "project-page-with-link");
        WebElement row = find(By.cssSelector(".waypoint-key-result[data-key-result-id='" + chosenId + "']"));
        assertThat(row.findElement(By.cssSelector(".waypoint-initiatives")).getText())
                .isEqualTo(count == 1 ? "1 linked issue" : count + " linked issues");
        act(row, "link-issue");
        WebElement linkDialog = dialog("waypoint-link-dialog");
        waitFor(d -> !linkDialog.findElements(By.cssSelector("[data-issue-key='" + ISSUE + "']")).isEmpty());
        screenshot("project-page-link-dialog");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();

        openIssue(ISSUE, "issue-linked-again");
        pressEnterOn(find(By.cssSelector(
                ".waypoint-driven[data-key-result-id='" + chosenId + "'] [data-action=unlink]")));
        waitFor(d -> "empty".equals(find(By.id("waypoint-issue-panel")).getAttribute("data-state")));
        screenshot("issue-unlinked");
        assertPageIsClean();
    }

    @Test
    void givenAChildOfALinkedEpic_issuePanel_showsTheKeyResultThroughTheEpicWithoutUnlink() {
        viewAs("admin");
        open("/", "home");
        String child = null;
        String epic = null;
        for (int n = 1; n <= 200 && child == null; n++) {
            Map<String, Object> answer = rest("GET", "/issues/APP-" + n + "/key-results", null);
            if (((Number) answer.get("status")).intValue() != 200) {
                continue;
            }
            for (Map<String, Object> driven : list(answer.get("body"), "keyResults")) {
                if ("EPIC".equals(driven.get("via"))) {
                    child = "APP-" + n;
                    epic = (String) driven.get("linkedIssueKey");
                }
            }
        }
        assertThat(child).as("the sample links an epic of APP to a key result").isNotNull();

        WebElement panel = openIssue(child, "issue-through-epic");
        WebElement viaEpic = panel.findElement(By.cssSelector(".waypoint-driven[data-via=EPIC]"));
        assertThat(viaEpic.findElement(By.cssSelector(".waypoint-via")).getText()).isEqualTo("Through epic " + epic);
        assertThat(viaEpic.findElements(By.cssSelector("[data-action=unlink]"))).isEmpty();
    }

    @Test
    void givenTheOutsider_issueView_saysTheIssueIsNotAvailableAndShowsNoPanel() {
        viewAs("outsider");
        open("/browse/" + ISSUE, "issue-no-access");

        assertThat(find(By.id("waypoint-preview-issue-hidden")).getText()).contains("Issue not available");
        assertThat(driver().findElements(By.id("waypoint-issue-panel"))).isEmpty();
        assertThat(((Number) rest("GET", "/issues/" + ISSUE + "/key-results", null).get("status")).intValue())
                .isEqualTo(404);
    }
}
