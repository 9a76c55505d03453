package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The four dashboard items on the preview's dashboard, end to end: added from the "Add item" directory and configured
 * in their edit views with the pickers (validation first), kept after a reload; two instances of one item with
 * different settings; the scorecard's colours are the KPIs' health; the workload sorts; a viewer who may no longer
 * see what an item shows gets the "no longer available" state and no number; the manual refresh reloads one item
 * only, the automatic refresh reloads it on its own; the wallboard renders every item large on a dark background.
 */
class DashboardBrowserTest extends DashboardBrowserBase {

    private static final Map<String, String> HEALTH_COLOURS = Map.of("GREEN", "rgba(54, 179, 126, 1)",
            "AMBER", "rgba(255, 171, 0, 1)", "RED", "rgba(222, 53, 11, 1)", "UNKNOWN", "rgba(165, 173, 186, 1)");

    /** Adds an item from the directory dialog by its title; returns the id of its frame, once its edit view shows. */
    private long addFromDirectory(String title) {
        int before = driver().findElements(By.cssSelector(".waypoint-preview-item")).size();
        pressEnterOn(find(By.id("waypoint-preview-add-item")));
        WebElement dialog = dialog("waypoint-preview-directory-dialog");
        WebElement entry = waitFor(d -> dialog.findElements(By.cssSelector(".waypoint-preview-directory-entry"))
                .stream().filter(e -> e.findElement(By.tagName("h3")).getText().equals(title)).findFirst()
                .orElse(null));
        assertThat(entry.findElement(By.tagName("img")).getAttribute("src")).contains("/download/resources/");
        screenshot("directory");
        pressEnterOn(entry.findElement(By.cssSelector("[data-action=add-item]")));
        waitFor(d -> d.findElements(By.cssSelector(".waypoint-preview-item")).size() == before + 1);
        List<WebElement> frames = driver().findElements(By.cssSelector(".waypoint-preview-item"));
        long id = frames.stream().mapToLong(f -> Long.parseLong(f.getAttribute("data-item-id"))).max().orElseThrow();
        waitFor(d -> "edit".equals(frame(id).getAttribute("data-mode"))
                && "ready".equals(itemIn(id).getAttribute("data-state")));
        assertPageIsClean();
        return id;
    }

    /** Checks a radio button as a user does, through its label. */
    private void chooseRadio(long id, String name, String value) {
        WebElement radio = form(id).findElement(By.cssSelector("input[name=" + name + "][value=" + value + "]"));
        form(id).findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
        assertThat(radio.isSelected()).isTrue();
    }

    private WebElement form(long id) {
        return frame(id).findElement(By.cssSelector("form.waypoint-dashboard-edit"));
    }

    private void save(long id) {
        pressEnterOn(form(id).findElement(By.cssSelector("[data-action=save]")));
    }

    private void saveAndWaitForView(long id, String step) {
        save(id);
        waitFor(d -> "view".equals(frame(id).getAttribute("data-mode"))
                && List.of("ready", "gone").contains(itemIn(id).getAttribute("data-state"))
                && !"true".equals(itemIn(id).getAttribute("aria-busy")));
        assertPageIsClean();
        screenshot(step);
    }

    /** Types into a picker's filter and chooses the first option whose text starts with {@code label}. */
    private String choose(long id, String field, String filter, String label) {
        WebElement list = form(id).findElement(By.cssSelector("select[data-field=" + field + "]"));
        WebElement box = list.findElement(By.xpath("preceding-sibling::input[@type='search']"));
        type(box, filter);
        Select select = new Select(list);
        WebElement option = waitFor(d -> select.getOptions().stream().filter(o -> o.getText().startsWith(label))
                .findFirst().orElse(null));
        String text = option.getText();
        select.selectByVisibleText(text);
        return text;
    }

    private List<String> texts(long id, String css) {
        return itemIn(id).findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void givenEachItem_addedAndConfiguredInItsEditView_showsItsChoiceAndKeepsItAfterAReload() {
        clearDashboard();
        openAndSettle(DASHBOARD, "empty");
        assertThat(find(By.cssSelector(".waypoint-preview-dashboard-empty")).getText())
                .isEqualTo("This dashboard has no items yet.");

        // OKR progress: saving without a project names the field; then the company objectives of a cycle.
        long okr = addFromDirectory("OKR progress");
        screenshot("okr-edit");
        save(okr);
        WebElement error = waitFor(d -> form(okr).findElements(By.cssSelector("[data-waypoint-error=project]")).stream()
                .findFirst().orElse(null));
        assertThat(error.getText()).isEqualTo("Choose a project.");
        screenshot("okr-edit-invalid");
        chooseRadio(okr, "scope", "cycle");
        String cycle = choose(okr, "cycle", "Q", "Q").split(" \u2014 ")[0];
        saveAndWaitForView(okr, "okr-view");
        assertThat(itemIn(okr).findElement(By.cssSelector(".waypoint-dashboard-cycle strong")).getText())
                .isEqualTo(cycle);
        assertThat(texts(okr, ".waypoint-dashboard-objective")).isNotEmpty();

        // KPI scorecard: two chosen KPIs, the second moved up, compact.
        long scorecard = addFromDirectory("KPI scorecard");
        WebElement available = form(scorecard).findElement(By.cssSelector(".waypoint-picker-list[multiple]"));
        type(available.findElement(By.xpath("preceding-sibling::input[@type='search']")), "backlog");
        new Select(available).selectByVisibleText("Support backlog \u2014 SUP");
        pressEnterOn(form(scorecard).findElement(By.cssSelector("[data-action=add]")));
        type(available.findElement(By.xpath("preceding-sibling::input[@type='search']")), "first-contact");
        new Select(available).selectByVisibleText("First-contact resolution rate \u2014 SUP");
        pressEnterOn(form(scorecard).findElement(By.cssSelector("[data-action=add]")));
        new Select(form(scorecard).findElement(By.cssSelector("select[data-field=kpis]")))
                .selectByVisibleText("First-contact resolution rate");
        pressEnterOn(form(scorecard).findElement(By.cssSelector("[data-action=up]")));
        WebElement compact = form(scorecard).findElement(By.cssSelector("input[name=compact]"));
        form(scorecard).findElement(By.cssSelector("label[for='" + compact.getAttribute("id") + "']")).click();
        assertThat(compact.isSelected()).isTrue();
        screenshot("scorecard-edit");
        saveAndWaitForView(scorecard, "scorecard-view");
        assertThat(texts(scorecard, ".waypoint-dashboard-kpi-name"))
                .containsExactly("First-contact resolution rate", "Support backlog");
        assertThat(itemIn(scorecard).findElements(By.cssSelector(".waypoint-compact"))).hasSize(1);

        // KPI trend: one KPI over 30 days.
        long trend = addFromDirectory("KPI trend");
        choose(trend, "kpi", "median", "Median resolution time");
        new Select(form(trend).findElement(By.name("days"))).selectByValue("30");
        screenshot("trend-edit");
        saveAndWaitForView(trend, "trend-view");
        assertThat(itemIn(trend).findElement(By.cssSelector(".waypoint-dashboard-kpi-name")).getText())
                .isEqualTo("Median resolution time");
        assertThat(itemIn(trend).findElements(By.cssSelector(".waypoint-dashboard-chart canvas"))).hasSize(1);

        // Agent workload: only PER_AGENT KPIs are offered.
        long workload = addFromDirectory("Agent workload");
        Select perAgent = new Select(form(workload).findElement(By.cssSelector("select[data-field=kpi]")));
        assertThat(perAgent.getOptions()).extracting(WebElement::getText).allMatch(text -> text.contains("per"));
        choose(workload, "kpi", "incidents", "Open incidents per agent");
        screenshot("workload-edit");
        saveAndWaitForView(workload, "workload-view");
        assertThat(itemIn(workload).findElements(By.cssSelector("tbody tr"))).isNotEmpty();

        driver().navigate().refresh();
        pageLoaded("after-reload");
        waitForItems();
        assertThat(List.of(okr, scorecard, trend, workload)).allMatch(id -> "ready".equals(state(id)));
        assertThat(itemIn(okr).findElement(By.cssSelector(".waypoint-dashboard-cycle strong")).getText())
                .isEqualTo(cycle);
        assertThat(texts(scorecard, ".waypoint-dashboard-kpi-name"))
                .containsExactly("First-contact resolution rate", "Support backlog");
        assertThat(itemIn(trend).findElement(By.cssSelector(".waypoint-dashboard-kpi-name")).getText())
                .isEqualTo("Median resolution time");
        assertThat(itemIn(workload).findElement(By.cssSelector(".waypoint-dashboard-kpi-name")).getText())
                .isEqualTo("Open incidents per agent");
        Map<String, Object> saved = placedItems().stream().filter(i -> ((Number) i.get("id")).longValue() == trend)
                .findFirst().orElseThrow();
        assertThat(saved.get("preferences")).isEqualTo(Map.of("kpi", kpiId("Median resolution time"), "days", "30",
                "refresh", "0", "display", "auto"));
        screenshot("after-reload-settled");

        // Editing again and cancelling keeps the item as it was.
        pressEnterOn(frame(trend).findElement(By.cssSelector("[data-action=edit-item]")));
        waitFor(d -> "edit".equals(frame(trend).getAttribute("data-mode"))
                && "ready".equals(itemIn(trend).getAttribute("data-state")));
        assertThat(new Select(form(trend).findElement(By.cssSelector("select[data-field=kpi]")))
                .getFirstSelectedOption().getText()).startsWith("Median resolution time");
        pressEnterOn(form(trend).findElement(By.cssSelector("[data-action=cancel]")));
        waitFor(d -> "view".equals(frame(trend).getAttribute("data-mode")) && "ready".equals(state(trend)));
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAClosedCycle_okrProgress_coloursObjectivesByGradeBandInsteadOfPace() {
        clearDashboard();
        List<Map<String, Object>> closed = (List<Map<String, Object>>) restOk("GET", "/cycles?state=CLOSED", null)
                .get("body");
        long okr = placeItem(OKR, 0, Map.of("scope", "project", "project", "SUP",
                "cycle", String.valueOf(closed.get(0).get("id"))));

        openAndSettle(DASHBOARD, "closed-cycle");

        List<WebElement> grades = itemIn(okr).findElements(By.cssSelector(".waypoint-grade"));
        assertThat(grades).isNotEmpty();
        assertThat(itemIn(okr).findElements(By.cssSelector(".waypoint-pace"))).isEmpty();
        for (WebElement grade : grades) {
            String band = grade.getAttribute("data-grade");
            assertThat(band).isIn("GREEN", "YELLOW", "RED");
            assertThat(grade.getAttribute("class")).contains(switch (band) {
                case "GREEN" -> "aui-lozenge-success";
                case "YELLOW" -> "aui-lozenge-moved";
                default -> "aui-lozenge-error";
            });
            assertThat(grade.getText()).matches("-?\\d+% AT CLOSE");
        }
    }

    @Test
    void givenAnItemWithoutSettings_itsEmptyState_offersEditorsToConfigureItAndAsksOthersToAskTheOwner() {
        clearDashboard();
        long trend = placeItem(TREND, 0, Map.of());

        viewAs("agent");
        openAndSettle(DASHBOARD, "unconfigured-agent");
        assertThat(state(trend)).isEqualTo("unconfigured");
        assertThat(text(itemIn(trend))).contains("Choose what this item shows")
                .contains("Ask the owner of this dashboard");
        assertThat(itemIn(trend).findElements(By.cssSelector("[data-action=configure]"))).isEmpty();

        viewAs("lead");
        openAndSettle(DASHBOARD, "unconfigured-lead");
        pressEnterOn(itemIn(trend).findElement(By.cssSelector("[data-action=configure]")));
        waitFor(d -> "ready".equals(itemIn(trend).getAttribute("data-state"))
                && !frame(trend).findElements(By.cssSelector("form.waypoint-dashboard-edit")).isEmpty());
        assertThat(form(trend).findElements(By.cssSelector("[data-action=cancel]"))).as("nothing to go back to")
                .isEmpty();
        choose(trend, "kpi", "backlog", "Support backlog");
        saveAndWaitForView(trend, "configured-by-lead");
        assertThat(state(trend)).isEqualTo("ready");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTheChosenKpiIsDeleted_theItem_saysItIsNoLongerAvailableAndShowsNothingOfIt() {
        clearDashboard();
        long kpi = ((Number) ((Map<String, Object>) restOk("POST", "/kpis", "{\"name\":\"Short-lived\","
                + "\"format\":\"NUMBER\",\"direction\":\"HIGHER_IS_BETTER\",\"target\":5,\"project\":\"SUP\","
                + "\"source\":{\"type\":\"MANUAL\"}}").get("body")).get("id")).longValue();
        restOk("PUT", "/kpis/" + kpi + "/values/" + LocalDate.now(), "{\"value\":42}");
        long trend = placeItem(TREND, 0, Map.of("kpi", String.valueOf(kpi)));
        long scorecard = placeItem(SCORECARD, 1, Map.of("source", "kpis", "kpis", kpi + ","
                + kpiId("Support backlog")));
        openAndSettle(DASHBOARD, "before-delete");
        assertThat(text(itemIn(trend))).contains("42");

        restOk("DELETE", "/kpis/" + kpi, null);
        driver().navigate().refresh();
        pageLoaded("after-delete");
        waitForItems();

        assertThat(state(trend)).isEqualTo("gone");
        assertThat(text(itemIn(trend))).doesNotContain("Short-lived").doesNotContainPattern("[0-9]");
        assertThat(state(scorecard)).as("the other chosen KPI still shows").isEqualTo("ready");
        assertThat(text(itemIn(scorecard))).doesNotContain("Short-lived")
                .contains("Left out, no longer available to you: 1 of the chosen KPIs.");
    }

    @Test
    void givenTwoInstancesOfOneItem_withDifferentSettings_eachShowsItsOwn() {
        clearDashboard();
        long backlog = placeItem(TREND, 0, Map.of("kpi", kpiId("Support backlog"), "days", "30"));
        long csat = placeItem(TREND, 1, Map.of("kpi", kpiId("Customer satisfaction (CSAT)"), "days", "365"));

        openAndSettle(DASHBOARD, "two-trends");

        assertThat(itemIn(backlog).findElement(By.cssSelector(".waypoint-dashboard-kpi-name")).getText())
                .isEqualTo("Support backlog");
        assertThat(itemIn(csat).findElement(By.cssSelector(".waypoint-dashboard-kpi-name")).getText())
                .isEqualTo("Customer satisfaction (CSAT)");
        assertThat(placedItems()).extracting(item -> item.get("type")).containsExactly(TREND, TREND);
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenTheScorecard_itsColours_areTheHealthOfEachKpi() {
        clearDashboard();
        long scorecard = placeItem(SCORECARD, 0, Map.of("source", "project", "project", "SUP"));
        openAndSettle(DASHBOARD, "scorecard");
        Map<String, Object> api = (Map<String, Object>) restOk("GET", "/dashboard/kpi-scorecard?project=SUP", null)
                .get("body");
        List<Map<String, Object>> cards = (List<Map<String, Object>>) api.get("kpis");

        List<WebElement> shown = itemIn(scorecard).findElements(By.cssSelector(".waypoint-dashboard-kpi"));

        assertThat(shown).hasSize(cards.size());
        assertThat(cards).extracting(card -> card.get("health")).contains("RED", "AMBER", "GREEN");
        for (int i = 0; i < cards.size(); i++) {
            String health = (String) cards.get(i).get("health");
            WebElement card = shown.get(i);
            assertThat(card.getAttribute("data-kpi-id"))
                    .isEqualTo(String.valueOf(((Map<String, Object>) cards.get(i).get("kpi")).get("id")));
            assertThat(card.getCssValue("border-left-color")).as("colour of %s", card.getText())
                    .isEqualTo(HEALTH_COLOURS.get(health));
            assertThat(card.findElement(By.cssSelector(".waypoint-health")).getAttribute("data-health"))
                    .isEqualTo(health);
        }
    }

    @Test
    void givenTheWorkload_sortingByEachColumn_reordersTheRowsAndKeepsUnassignedLast() {
        clearDashboard();
        long workload = placeItem(WORKLOAD, 0, Map.of("kpi", kpiId("Open tickets per agent")));
        openAndSettle(DASHBOARD, "workload");

        WebElement agentHeader = itemIn(workload).findElement(By.cssSelector("[data-sort=name]"));
        pressEnterOn(agentHeader);
        List<String> byName = texts(workload, "tbody th");
        assertThat(byName.get(byName.size() - 1)).isEqualTo("Unassigned");
        assertThat(byName.subList(0, byName.size() - 1)).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(focused().getAttribute("data-sort")).as("the focus stays on the header").isEqualTo("name");
        assertThat(itemIn(workload).findElement(By.cssSelector("th[aria-sort=ascending] [data-sort=name]")))
                .isNotNull();
        screenshot("sorted-by-agent");

        pressEnterOn(itemIn(workload).findElement(By.cssSelector("[data-sort=count]")));
        List<Integer> descending = counts(workload);
        pressEnterOn(itemIn(workload).findElement(By.cssSelector("[data-sort=count]")));
        List<Integer> ascending = counts(workload);

        assertThat(descending.subList(0, descending.size() - 1)).isSortedAccordingTo((a, b) -> b - a);
        assertThat(ascending.subList(0, ascending.size() - 1)).isSorted();
        List<String> rows = texts(workload, "tbody th");
        assertThat(rows.get(rows.size() - 1)).isEqualTo("Unassigned");
        screenshot("sorted-by-count");

        WebElement link = itemIn(workload).findElement(By.cssSelector("tbody tr:last-child a"));
        assertThat(link.getAttribute("href")).contains("/issues/?jql=");
        link.click();
        pageLoaded("issues-behind-unassigned");
        assertThat(find(By.id("waypoint-preview-jql")).getText()).endsWith("AND assignee is EMPTY");
        assertThat(driver().findElements(By.cssSelector("#waypoint-preview-issues a"))).isNotEmpty();
    }

    private List<Integer> counts(long id) {
        return texts(id, "tbody td.waypoint-dashboard-count").stream().map(Integer::valueOf).toList();
    }

    @Test
    void givenAViewerWhoMayNotSeeTheServiceDesk_openingTheDashboard_showsEveryItemNoLongerAvailableWithoutNumbers() {
        clearDashboard();
        Map<String, Long> ids = placeTheFourItems();

        viewAs("outsider");
        openAndSettle(DASHBOARD, "outsider");

        for (long id : ids.values()) {
            assertThat(state(id)).as("item %s", id).isEqualTo("gone");
            String shown = text(itemIn(id));
            assertThat(shown).contains("No longer available to you").doesNotContainPattern("[0-9]");
            assertThat(itemIn(id).findElements(By.cssSelector("canvas, table, .waypoint-progress"))).isEmpty();
            assertThat(itemIn(id).findElements(By.cssSelector("[data-action=configure]"))).as("not an editor")
                    .isEmpty();
        }
        assertThat(driver().findElements(By.cssSelector("[data-action=edit-item]"))).isEmpty();
    }

    @Test
    void givenAnItem_itsRefreshButton_reloadsThatItemOnlyWithoutReloadingThePage() {
        clearDashboard();
        Map<String, Long> ids = placeTheFourItems();
        openAndSettle(DASHBOARD, "before-refresh");
        driver().executeScript("window.__waypointSamePage = true;");
        long before = readyMarks();

        pressEnterOn(itemIn(ids.get(SCORECARD)).findElement(By.cssSelector("[data-action=refresh]")));
        waitFor(d -> readyMarks() == before + 1);
        waitForItems();

        assertThat(driver().executeScript("return window.__waypointSamePage === true;")).isEqualTo(true);
        assertThat(state(ids.get(SCORECARD))).isEqualTo("ready");
        assertThat(focused().getAttribute("data-action")).isEqualTo("refresh");
    }

    private long readyMarks() {
        return ((Number) driver().executeScript(
                "return performance.getEntriesByName('waypoint-dashboard-item-ready').length;")).longValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void givenAnItemSetToRefreshEveryFiveMinutes_whenTheTimeComes_itReloadsItself() {
        clearDashboard();
        long trend = placeItem(TREND, 0, Map.of("kpi", kpiId("Support backlog"), "refresh", "5"));
        long quiet = placeItem(TREND, 1, Map.of("kpi", kpiId("Support backlog"), "refresh", "0"));
        Map<String, Object> script = driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source",
                """
                (function () {
                  var real = window.setTimeout;
                  window.__waypointDelays = [];
                  window.setTimeout = function (callback, delay) {
                    if (delay >= 60000) {
                      window.__waypointDelays.push(delay);
                      return real(callback, 200);
                    }
                    return real.apply(window, arguments);
                  };
                }());
                """));
        try {
            open(DASHBOARD, "auto-refresh");
            waitFor(d -> ((Number) driver().executeScript(
                    "return performance.getEntriesByName('waypoint-dashboard-item-ready').length;")).intValue() >= 4);
            List<Object> delays = (List<Object>) driver().executeScript("return window.__waypointDelays;");
            assertThat(delays).as("only the item set to refresh schedules, every five minutes")
                    .allMatch(delay -> ((Number) delay).longValue() == 300_000L).hasSizeGreaterThanOrEqualTo(2);
            waitForItems();
            assertThat(state(trend)).isEqualTo("ready");
            assertThat(state(quiet)).isEqualTo("ready");
        } finally {
            driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", script.get("identifier")));
        }
    }

    @Test
    void givenTheFourItems_theWallboard_rendersEachLargeOnADarkBackgroundWithoutChrome() {
        clearDashboard();
        Map<String, Long> ids = placeTheFourItems();

        openAndSettle(WALLBOARD, "wallboard");

        for (long id : ids.values()) {
            WebElement item = itemIn(id);
            assertThat(state(id)).isEqualTo("ready");
            assertThat(item.getAttribute("class")).contains("waypoint-wallboard");
            assertThat(item.getCssValue("background-color")).isEqualTo("rgba(11, 26, 51, 1)");
            assertThat(Double.parseDouble(item.getCssValue("font-size").replace("px", ""))).isGreaterThanOrEqualTo(20);
            assertThat(item.findElements(By.cssSelector("[data-action=refresh]"))).isEmpty();
        }
        assertThat(find(By.id("header")).isDisplayed()).isFalse();
        assertThat(driver().findElements(By.cssSelector("[data-action=edit-item], [data-action=remove-item]")))
                .isEmpty();
        WebElement value = itemIn(ids.get(SCORECARD)).findElement(By.cssSelector(".waypoint-dashboard-kpi-value"));
        assertThat(Double.parseDouble(value.getCssValue("font-size").replace("px", ""))).isGreaterThanOrEqualTo(40);
        for (Map.Entry<String, Long> item : ids.entrySet()) {
            driver().executeScript("arguments[0].scrollIntoView()", frame(item.getValue()));
            screenshot("wallboard-" + item.getKey().substring(PLUGIN.length()));
        }
    }

    @Test
    void givenAnItemSetToTheWallboardLook_theDashboard_drawsItDarkAmongStandardItems() {
        clearDashboard();
        long dark = placeItem(SCORECARD, 0, Map.of("source", "all", "display", "wallboard", "compact", "true"));
        long light = placeItem(OKR, 1, Map.of("scope", "project", "project", "SUP"));

        openAndSettle(DASHBOARD, "mixed");

        assertThat(itemIn(dark).getAttribute("class")).contains("waypoint-wallboard");
        assertThat(itemIn(light).getAttribute("class")).doesNotContain("waypoint-wallboard");
    }
}
