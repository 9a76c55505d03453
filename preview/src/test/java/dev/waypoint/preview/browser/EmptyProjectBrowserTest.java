package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewPlatform;
import dev.waypoint.preview.basics.BasicsModule;
import dev.waypoint.preview.pages.WaypointPagesModule;
import dev.waypoint.preview.wiring.WaypointModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The project page of an installation with nothing yet (the preview without its sample data): the empty states, then
 * the first cycle and the first objective.
 */
class EmptyProjectBrowserTest extends WaypointBrowserTest {

    /** The app's module on a data folder it takes for an old one, so it loads no sample data. */
    private record WithoutSampleData(PreviewModule module) implements PreviewModule {

        @Override
        public PreviewContribution contribute(PreviewPlatform platform) {
            return module.contribute(new PreviewPlatform(platform.activeObjects(), false, platform.session(),
                    platform.authenticationContext(), platform.directory(), platform.i18n(), platform.clock(),
                    platform.dataFolder()));
        }
    }

    @Override
    protected List<PreviewModule> modules() {
        return List.of(new BasicsModule(), new WithoutSampleData(new WaypointModule()), new WaypointPagesModule());
    }

    @Test
    void givenNothingYet_projectPage_showsEmptyStatesThenTheFirstCycleAndObjective() {
        viewAs("admin");
        WebElement root = openProjectPage("APP", null, "no-cycles");
        assertThat(root.getAttribute("data-state")).isEqualTo("empty");
        assertThat(find(By.cssSelector("[data-region=tree] .waypoint-empty")).getText())
                .contains("No cycles yet", "Create the cycles on the Waypoint administration page first.");
        assertThat(find(By.id("waypoint-cycle-picker")).isEnabled()).isFalse();
        assertThat(find(By.cssSelector("[data-region=scorecard]")).getText()).contains("No KPIs for this project");
        assertThat(find(By.cssSelector("[data-region=insights]")).getText()).contains("Nothing to look at");
        assertThat(driver().findElements(By.id("waypoint-create-objective"))).isEmpty();

        LocalDate today = LocalDate.now();
        restOk("POST", "/cycles", "{\"name\":\"This quarter\",\"start\":\"" + today.minusDays(10) + "\",\"end\":\""
                + today.plusDays(80) + "\",\"state\":\"ACTIVE\"}");
        driver().navigate().refresh();
        pageLoaded("no-objectives");
        WebElement reloaded = waitForPageState("empty");
        assertThat(find(By.cssSelector("[data-region=tree] .waypoint-empty")).getText())
                .contains("No objectives in this cycle yet", "Start with an objective");

        pressEnterOn(find(By.id("waypoint-create-first-objective")));
        dialog("waypoint-objective-dialog");
        new Actions(driver()).sendKeys("Our very first objective").sendKeys(Keys.ENTER).perform();
        waitUntilGone("waypoint-objective-dialog");
        WebElement first = waitFor(d -> objectiveItem("Our very first objective"));
        assertThat(first.findElement(By.cssSelector(".waypoint-no-key-results")).getText())
                .isEqualTo("No key results yet.");
        assertThat(first.findElement(By.cssSelector(".waypoint-person")).getText()).isEqualTo("Ada Admin");
        assertThat(reloaded.getAttribute("data-state")).isEqualTo("ready");
        screenshot("first-objective");
    }

    @Test
    void givenAnIssueWithoutLinks_issuePanel_showsItsEmptyState() {
        viewAs("lead");
        WebElement panel = openIssue("APP-1", "issue-panel-empty");

        assertThat(panel.getText()).contains("This issue drives no key results yet.");
    }
}
