package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The company page as leadership and the other users would try it: the alignment tree of the active quarter from the
 * company objectives down, expanded and collapsed with the keyboard (deeper levels load on demand); search and
 * filters; the KPI tree with each child's share; creating and editing a company objective and aligning a team
 * objective under it (Jira administrators and the company group); and what each user may see: the outsider sees the
 * company objectives with their progress over the key results they may see, and no action.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompanyPageBrowserTest extends AppPagesBrowserTest {

    private static final String SUPPORT = "Delight customers with fast, friendly support";
    private static final String MOBILE = "Ship a mobile experience customers love";
    private static final String REDESIGN = "Prepare the onboarding redesign";

    private List<String> titles(String cssSelector) {
        return driver().findElements(By.cssSelector(cssSelector)).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList();
    }

    private WebElement expander(WebElement node) {
        return node.findElement(By.cssSelector(":scope > .waypoint-company-row .waypoint-expander"));
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void givenTheAdmin_companyPage_showsTheCompanyLevelExpandedAndLoadsDeeperLevelsOnDemand() {
        viewAs("admin");
        open("/", "home");
        pressEnterOn(find(By.id("waypoint-company-link")));
        pageLoaded("company-page");
        WebElement root = waitForCompanyPage();
        Map<String, Object> active = cycleIn("ACTIVE");
        assertThat(root.getAttribute("data-cycle-id")).isEqualTo(String.valueOf(id(active)));
        assertThat(new Select(find(By.id("waypoint-company-cycle"))).getFirstSelectedOption().getText())
                .isEqualTo(active.get("name") + " (active)");
        assertThat(titles(".waypoint-company-node[data-level=COMPANY] > .waypoint-company-row .waypoint-company-title"))
                .containsExactly(SUPPORT, MOBILE);
        assertThat(titles(".waypoint-company-node[data-level=TEAM] .waypoint-company-title")).hasSize(4);
        assertThat(find(By.cssSelector(".waypoint-company-unaligned")).getText()).contains("(1)");

        // The same progress as the close wizard computes (its suggested grade): one roll-up, in core.
        Map<String, Object> preview = (Map<String, Object>) restOk("GET", "/cycles/" + id(active) + "/close/preview",
                null).get("body");
        for (Map<String, Object> objective : (List<Map<String, Object>>) preview.get("objectives")) {
            if (SUPPORT.equals(objective.get("title"))) {
                double unclamped = ((Number) ((Map<String, Object>) objective.get("progress")).get("unclamped"))
                        .doubleValue();
                assertThat(companyNode(SUPPORT).findElement(By.cssSelector(".waypoint-progress-text")).getText())
                        .isEqualTo(Math.round(unclamped * 100) + "%");
            }
        }

        // Collapse and expand a company objective with the keyboard.
        WebElement support = companyNode(SUPPORT);
        assertThat(expander(support).getAttribute("aria-expanded")).isEqualTo("true");
        pressEnterOn(expander(support));
        waitFor(d -> "false".equals(expander(companyNode(SUPPORT)).getAttribute("aria-expanded")));
        assertThat(companyNode("Get the support backlog under control").isDisplayed()).isFalse();
        screenshot("collapsed");
        pressEnterOn(expander(companyNode(SUPPORT)));
        waitFor(d -> companyNode("Get the support backlog under control").isDisplayed());

        // The objectives aligned to no company objective of the cycle load on demand.
        WebElement unaligned = find(By.cssSelector(".waypoint-company-unaligned .waypoint-expander"));
        pressEnterOn(unaligned);
        waitFor(d -> companyNode(REDESIGN) != null && companyNode(REDESIGN).isDisplayed());
        assertThat(companyNode(REDESIGN).findElement(By.cssSelector(".waypoint-company-meta")).getText())
                .isEqualTo("APP \u00b7 Leo Lead");

        // The KPI tree: children under their parent, a composite's children with their share.
        List<String> shares = titles(".waypoint-kpi-share");
        assertThat(shares).isNotEmpty().allMatch(share -> share.matches("-?\\d+% of the parent"));
        screenshot("expanded");
    }

    @Test
    @Order(2)
    void givenSearchAndFilters_companyPage_listsTheMatchesWithWhereTheySit() {
        viewAs("admin");
        openCompanyPage(null, "before-search");

        find(By.id("waypoint-company-search")).sendKeys("onboarding");
        waitFor(d -> "searched".equals(find(By.id("waypoint-company-page")).getAttribute("data-state")));
        waitForIdle("waypoint-company-page");
        assertThat(titles(".waypoint-company-matches .waypoint-company-title"))
                .containsExactly("Launch the new onboarding flow", REDESIGN);
        assertThat(titles(".waypoint-company-path")).containsExactly("Under " + MOBILE);
        assertThat(find(By.cssSelector(".waypoint-company-matches-count")).getText()).isEqualTo("2 objectives found");
        screenshot("search");

        new Select(find(By.id("waypoint-company-project"))).selectByValue("APP");
        new Select(find(By.id("waypoint-company-level"))).selectByValue("TEAM");
        waitFor(d -> titles(".waypoint-company-matches .waypoint-company-title").equals(
                List.of("Launch the new onboarding flow", REDESIGN)));
        type(find(By.id("waypoint-company-search")), "");
        new Select(find(By.id("waypoint-company-level"))).selectByValue("COMPANY");
        waitFor(d -> "0 objectives found".equals(find(By.cssSelector(".waypoint-company-matches-count")).getText()));
        new Select(find(By.id("waypoint-company-project"))).selectByValue("");
        waitFor(d -> titles(".waypoint-company-matches .waypoint-company-title").equals(List.of(SUPPORT, MOBILE)));
        new Select(find(By.id("waypoint-company-status"))).selectByValue("DONE");
        waitFor(d -> "0 objectives found".equals(find(By.cssSelector(".waypoint-company-matches-count")).getText()));
        screenshot("filters");

        new Select(find(By.id("waypoint-company-status"))).selectByValue("");
        new Select(find(By.id("waypoint-company-level"))).selectByValue("");
        waitFor(d -> "ready".equals(find(By.id("waypoint-company-page")).getAttribute("data-state")));
        assertThat(driver().findElements(By.cssSelector(".waypoint-company-matches"))).isEmpty();
        assertThat(companyNode(SUPPORT)).isNotNull();
    }

    @Test
    @Order(3)
    void givenTheAdmin_companyObjectives_areCreatedEditedAndTeamObjectivesAlignedUnderThem() {
        viewAs("admin");
        openCompanyPage(null, "before-create");

        pressEnterOn(find(By.id("waypoint-create-company-objective")));
        WebElement create = dialog("waypoint-company-objective-dialog");
        assertThat(create.findElement(By.name("owner")).getAttribute("value")).isEqualTo("admin");
        create.findElement(By.name("title")).sendKeys("Grow into two new markets");
        create.findElement(By.name("description")).sendKeys("One in Europe, one in Asia.");
        screenshot("create-dialog");
        create.findElement(By.name("title")).sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-company-objective-dialog");
        waitForFlag("Created objective Grow into two new markets");
        waitForCompanyPage();
        assertThat(companyNode("Grow into two new markets").findElement(By.cssSelector(".waypoint-company-meta"))
                .getText()).isEqualTo("Ada Admin");

        pressEnterOn(companyNode("Grow into two new markets").findElement(By.cssSelector("[data-action=edit]")));
        WebElement edit = dialog("waypoint-company-objective-dialog");
        assertThat(edit.findElement(By.name("description")).getAttribute("value")).isEqualTo("One in Europe, one in Asia.");
        type(edit.findElement(By.name("title")), "Grow into three new markets");
        edit.findElement(By.name("title")).sendKeys(Keys.ENTER);
        waitUntilGone("waypoint-company-objective-dialog");
        waitForFlag("Saved objective Grow into three new markets");
        waitForCompanyPage();

        pressEnterOn(find(By.cssSelector(".waypoint-company-unaligned .waypoint-expander")));
        waitFor(d -> companyNode(REDESIGN) != null && companyNode(REDESIGN).isDisplayed());
        pressEnterOn(companyNode(REDESIGN).findElement(By.cssSelector("[data-action=align]")));
        WebElement align = dialog("waypoint-align-dialog");
        new Select(align.findElement(By.name("parentId"))).selectByVisibleText("Grow into three new markets");
        screenshot("align-dialog");
        pressEnterOn(align.findElement(By.id("waypoint-align-dialog-submit")));
        waitUntilGone("waypoint-align-dialog");
        waitForFlag("Aligned " + REDESIGN + " to Grow into three new markets");
        waitForCompanyPage();
        WebElement markets = companyNode("Grow into three new markets");
        assertThat(markets.findElements(By.cssSelector(".waypoint-company-children .waypoint-company-title")))
                .extracting(WebElement::getText).containsExactly(REDESIGN);
        assertThat(driver().findElements(By.cssSelector(".waypoint-company-unaligned"))).isEmpty();
        screenshot("aligned");
    }

    @Test
    @Order(4)
    void givenTheOtherUsers_companyPage_showsOnlyWhatEachMaySeeAndOffersOnlyWhatEachMayDo() {
        viewAs("outsider");
        openCompanyPage(null, "outsider");
        assertThat(titles(".waypoint-company-node .waypoint-company-title")).contains(SUPPORT)
                .doesNotContain("Get the support backlog under control", "Resolve more on first contact");
        assertThat(titles(".waypoint-hidden-krs")).isNotEmpty()
                .allMatch(text -> text.matches("\\d+ of \\d+ key results you can see"));
        assertThat(driver().findElements(By.cssSelector("#waypoint-company-page [data-action=edit], "
                + "#waypoint-company-page [data-action=align], #waypoint-create-company-objective, "
                + "#waypoint-close-cycle"))).isEmpty();
        assertThat(driver().findElements(By.id("waypoint-admin-link"))).isEmpty();

        viewAs("lead");
        openCompanyPage(null, "lead");
        assertThat(driver().findElements(By.cssSelector("#waypoint-create-company-objective, #waypoint-close-cycle")))
                .isEmpty();
        assertThat(companyNode(SUPPORT).findElements(By.cssSelector(":scope > .waypoint-company-row "
                + "[data-action=edit], :scope > .waypoint-company-row [data-action=align]"))).isEmpty();
        assertThat(companyNode("Get the support backlog under control")
                .findElements(By.cssSelector("[data-action=align]"))).hasSize(1);

        viewAs("agent");
        openCompanyPage(null, "agent");
        assertThat(titles(".waypoint-company-node[data-level=TEAM] .waypoint-company-title"))
                .contains("Get the support backlog under control");
        assertThat(driver().findElements(By.cssSelector("#waypoint-company-page [data-action=edit], "
                + "#waypoint-company-page [data-action=align]"))).isEmpty();
    }
}
