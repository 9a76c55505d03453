package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Issue 10's browser tests on the sample data, as a support lead works: create "open tickets per agent" for SUP through
 * the dialog (a bad query first: Jira's message under the field, nothing saved; then a good one with its live count
 * and the owner chosen with Jira's user picker), see its per-agent rows with their healths after "Refresh now", follow
 * a row to the issue navigator and find as many issues as the row counts, enter, correct and delete a manual value,
 * export CSV, align an existing objective and remove it, act on each of the three insights; an agent sees no manage
 * action on a KPI they do not own; an outsider sees no SUP KPI anywhere. Every surface and dialog is screenshot.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KpiWorkspaceBrowserTest extends KpiBrowserBase {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");
    private static final String NEW_KPI = "Open tickets per agent (new team)";

    private static int firstNumber(String text) {
        Matcher matcher = NUMBER.matcher(text.replace(",", ""));
        assertThat(matcher.find()).as("a number in %s", text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @SuppressWarnings("unchecked")
    private int kpisOf(String project) {
        return ((List<Object>) restOk("GET", "/kpis?project=" + project, null).get("body")).size();
    }

    private void submit(WebElement dialog, String id) {
        pressEnterOn(dialog.findElement(By.id(id + "-submit")));
    }

    @Test
    @Order(1)
    void givenTheLead_creatingOpenTicketsPerAgentWithABadQueryThenAGoodOne_refusesTheFirstAndShowsRowsPerAgent() {
        viewAs("lead");
        openKpis(projectKpis("SUP"), "sup-kpis");
        int before = kpisOf("SUP");

        WebElement create = find(By.id("waypoint-kpi-create"));
        pressEnterOn(create);
        WebElement dialog = dialog("waypoint-kpi-dialog");
        assertThat(focused().getAttribute("name")).as("the first field has the focus").isEqualTo("preset");
        screenshot("create-dialog");
        new Select(dialog.findElement(By.name("preset"))).selectByValue("openPerAgent");
        assertThat(dialog.findElement(By.name("name")).getAttribute("value")).isEqualTo("Open tickets per agent");
        assertThat(new Select(dialog.findElement(By.name("type"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("PER_AGENT");
        type(dialog.findElement(By.name("name")), NEW_KPI);
        WebElement jql = dialog.findElement(By.name("jql"));
        WebElement status = dialog.findElement(By.cssSelector(".waypoint-jql-status[data-for='source.jql']"));

        type(jql, "project = SUP AND stauts = Open");
        waitFor(d -> status.getAttribute("class").contains("error") ? status : null);
        String jiraMessage = status.getText();
        assertThat(jiraMessage).isNotBlank().doesNotStartWith("This query matches");
        screenshot("bad-query-checked-as-typed");
        submit(dialog, "waypoint-kpi-dialog");
        WebElement error = waitFor(d -> dialog.findElements(By.cssSelector(".error[data-waypoint-error='source.jql']"))
                .stream().findFirst().orElse(null));
        assertThat(error.getText()).isNotBlank();
        assertThat(kpisOf("SUP")).as("nothing saved").isEqualTo(before);
        screenshot("bad-query-refused");

        type(jql, "project = SUP AND statusCategory != Done");
        waitFor(d -> status.getText().startsWith("This query matches") ? status : null);
        int matching = firstNumber(status.getText());
        assertThat(matching).isPositive();
        screenshot("good-query-live-count");

        WebElement owner = dialog.findElement(By.cssSelector(".waypoint-user-picker-input"));
        type(owner, "Le");
        waitFor(d -> "true".equals(owner.getAttribute("aria-expanded")) ? owner : null);
        screenshot("owner-picker");
        owner.sendKeys(Keys.ARROW_DOWN);
        owner.sendKeys(Keys.ENTER);
        assertThat(owner.getAttribute("data-key")).isEqualTo("lead");
        assertThat(owner.getAttribute("value")).isEqualTo("Leo Lead");
        type(dialog.findElement(By.name("target")), "10");
        type(dialog.findElement(By.name("warning")), "14");
        submit(dialog, "waypoint-kpi-dialog");
        waitFor(d -> d.getCurrentUrl().contains("kpi=") ? d.getCurrentUrl() : null);
        pageLoaded("created");
        waitUntilKpiPageSettled();
        assertThat(kpisOf("SUP")).isEqualTo(before + 1);
        assertThat(find(By.id("waypoint-kpi-name")).getText()).isEqualTo(NEW_KPI);
        assertThat(find(By.id("waypoint-kpi-agents")).getText()).contains("No breakdown yet");

        pressEnterOn(action("refresh-kpi"));
        assertThat(flag("Refreshed")).isNotBlank();
        waitFor(d -> d.findElements(By.cssSelector("#waypoint-kpi-agents tbody tr")).size() >= 2);
        waitUntilKpiPageSettled();
        List<WebElement> rows = driver().findElements(By.cssSelector("#waypoint-kpi-agents tbody tr"));
        assertThat(rows).allSatisfy(row -> assertThat(row.getAttribute("data-health"))
                .isIn("GREEN", "AMBER", "RED"));
        WebElement unassigned = rows.get(rows.size() - 1);
        assertThat(unassigned.getAttribute("class")).contains("waypoint-dashboard-unassigned");
        assertThat(unassigned.getText()).contains("Unassigned");
        int issues = rows.stream().mapToInt(row -> firstNumber(row.findElement(By.cssSelector(
                ".waypoint-dashboard-count")).getText())).sum();
        assertThat(find(By.cssSelector("#waypoint-kpi-value")).getText()).as("the value: the issues per agent")
                .startsWith(String.format(Locale.ROOT, "%s tickets",
                        new BigDecimal(issues).divide(new BigDecimal(rows.size() - 1), 2,
                                RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()));
        assertThat(find(By.cssSelector(".waypoint-kpi-per-agent")).getText())
                .isEqualTo("Per agent: " + issues + " issues over " + (rows.size() - 1) + " agents");
        assertPageIsClean();
        screenshot("per-agent-rows-after-refresh");

        pressEnterOn(action("edit-kpi"));
        WebElement edit = dialog("waypoint-kpi-dialog");
        assertThat(edit.findElement(By.name("target")).getAttribute("value")).isEqualTo("10");
        assertThat(edit.findElement(By.name("jql")).getAttribute("value"))
                .isEqualTo("project = SUP AND statusCategory != Done");
        screenshot("edit-dialog");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitFor(d -> d.findElements(By.id("waypoint-kpi-dialog")).stream().noneMatch(WebElement::isDisplayed));
        assertThat(focused().getAttribute("data-action")).as("the focus returns").isEqualTo("edit-kpi");
    }

    @Test
    @Order(2)
    void givenAPerAgentKpi_followingARowToTheIssueNavigator_listsAsManyIssuesAsTheRowCounts() {
        viewAs("lead");
        long id = kpiId("Open tickets per agent");
        openKpi("SUP", id, "per-agent-kpi");
        pressEnterOn(action("refresh-kpi"));
        flag("Refreshed");
        waitUntilKpiPageSettled();
        WebElement row = driver().findElements(By.cssSelector("#waypoint-kpi-agents tbody tr")).get(0);
        WebElement link = row.findElement(By.cssSelector(".waypoint-dashboard-count a"));
        int counted = firstNumber(link.getText());
        String agent = row.findElement(By.cssSelector("th")).getText();
        String computed = find(By.cssSelector("#waypoint-kpi-agents .waypoint-computed")).getText();
        assertThat(computed).startsWith("computed ");

        link.click();
        pageLoaded("issue-navigator-" + agent.replaceAll("\\W", ""));
        assertThat(find(By.id("waypoint-preview-jql")).getText()).contains("assignee = ");
        assertThat(firstNumber(find(By.id("waypoint-preview-issue-count")).getText())).isEqualTo(counted);

        driver().navigate().back();
        waitUntilKpiPageSettled();
        WebElement value = find(By.cssSelector("#waypoint-kpi-value a.waypoint-kpi-value-link"));
        assertThat(value.getAttribute("href")).contains("/issues/?jql=");
        assertThat(find(By.cssSelector("#waypoint-kpi-value .waypoint-computed")).getText()).startsWith("computed ");
    }

    @Test
    @Order(3)
    void givenAManualKpi_enteringCorrectingAndDeletingTheValueOfADate_updatesItsValues() {
        viewAs("lead");
        long id = kpiId("Customer satisfaction (CSAT)");
        openKpi("SUP", id, "manual-kpi");
        pressEnterOn(action("enter-value"));
        WebElement dialog = dialog("waypoint-kpi-value-dialog");
        String today = dialog.findElement(By.name("date")).getAttribute("value");
        type(dialog.findElement(By.name("value")), "lots");
        submit(dialog, "waypoint-kpi-value-dialog");
        WebElement error = waitFor(d -> dialog.findElements(By.cssSelector(".error[data-waypoint-error=value]"))
                .stream().findFirst().orElse(null));
        assertThat(error.getText()).contains("92 %");
        screenshot("value-dialog-refused");
        type(dialog.findElement(By.name("value")), "93 %");
        submit(dialog, "waypoint-kpi-value-dialog");
        flag("Saved the value");
        waitUntilKpiPageSettled();
        WebElement row = waitFor(d -> d.findElements(By.cssSelector("#waypoint-kpi-values tr[data-date='" + today
                + "']")).stream().findFirst().orElse(null));
        assertThat(row.getText()).contains("93%");
        screenshot("value-entered");

        pressEnterOn(row.findElement(By.cssSelector("[data-action=correct-value]")));
        WebElement correct = dialog("waypoint-kpi-value-dialog");
        assertThat(correct.findElement(By.name("value")).getAttribute("value")).isEqualTo("93 %");
        type(correct.findElement(By.name("value")), "91,5 %");
        submit(correct, "waypoint-kpi-value-dialog");
        waitFor(d -> d.findElements(By.cssSelector("#waypoint-kpi-values tr[data-date='" + today + "']")).stream()
                .anyMatch(r -> r.getText().contains("91.5%")));
        waitUntilKpiPageSettled();

        pressEnterOn(find(By.cssSelector("#waypoint-kpi-values tr[data-date='" + today
                + "'] [data-action=delete-value]")));
        WebElement confirm = dialog("waypoint-kpi-value-delete");
        assertThat(focused().getText()).as("the safe choice has the focus").isEqualTo("Cancel");
        screenshot("delete-value-confirm");
        submit(confirm, "waypoint-kpi-value-delete");
        flag("Deleted the value");
        waitFor(d -> d.findElements(By.cssSelector("#waypoint-kpi-values tr[data-date='" + today + "']")).isEmpty());
        waitUntilKpiPageSettled();
        assertPageIsClean();
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void givenAKpi_exportingCsv_givesItsValuesOfThePeriod() {
        viewAs("lead");
        long id = kpiId("Support backlog");
        openKpi("SUP", id, "csv-kpi");
        new Select(find(By.id("waypoint-kpi-period"))).selectByValue("days-30");
        waitUntilKpiPageSettled();
        String href = action("export-csv").getAttribute("href");
        assertThat(href).contains("/rest/waypoint/1.0/kpis/" + id + "/values.csv?from=");
        Map<String, Object> csv = (Map<String, Object>) driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' }).then(function (r) {
                    return r.text().then(function (t) {
                        done({ status: r.status, type: r.headers.get('Content-Type'), text: t });
                    });
                });
                """, href);
        assertThat(csv.get("status")).isEqualTo(200L);
        assertThat((String) csv.get("type")).startsWith("text/csv");
        List<String> lines = ((String) csv.get("text")).lines().toList();
        assertThat(lines.get(0)).startsWith("kpi_id,kpi_name");
        assertThat(lines).hasSizeGreaterThan(25).allMatch(line -> line.equals(lines.get(0))
                || line.startsWith(id + ",Support backlog,"));
        screenshot("csv-period-30-days");
    }

    @Test
    @Order(5)
    void givenAnObjectiveOfAnOpenCycle_aligningItToAKpiAndRemovingTheAlignment_showsAndHidesItThere() {
        viewAs("lead");
        long id = kpiId("Tickets in progress per active agent");
        openKpi("SUP", id, "align-kpi");
        int before = driver().findElements(By.cssSelector(".waypoint-kpi-objective")).size();
        pressEnterOn(action("align"));
        WebElement dialog = dialog("waypoint-kpi-align-dialog");
        Select objective = new Select(dialog.findElement(By.name("objectiveId")));
        String chosen = objective.getFirstSelectedOption().getText();
        String title = chosen.substring(0, chosen.lastIndexOf(" ("));
        screenshot("align-dialog");
        submit(dialog, "waypoint-kpi-align-dialog");
        flag("Aligned the objective");
        waitUntilKpiPageSettled();
        WebElement aligned = waitFor(d -> d.findElements(By.cssSelector(".waypoint-kpi-objective")).stream()
                .filter(o -> o.getText().contains(title)).findFirst().orElse(null));
        assertThat(driver().findElements(By.cssSelector(".waypoint-kpi-objective"))).hasSize(before + 1);
        assertThat(aligned.findElements(By.cssSelector(".aui-progress-indicator"))).hasSize(1);
        screenshot("aligned");

        pressEnterOn(aligned.findElement(By.cssSelector("[data-action=unalign]")));
        WebElement confirm = dialog("waypoint-kpi-unalign");
        screenshot("unalign-confirm");
        submit(confirm, "waypoint-kpi-unalign");
        flag("Removed the alignment");
        waitUntilKpiPageSettled();
        assertThat(driver().findElements(By.cssSelector(".waypoint-kpi-objective"))).hasSize(before);
    }

    @Test
    @Order(6)
    void givenAKpiRedWithoutAnOkr_creatingTheProposedOkr_alignsItAndTheInsightGoes() {
        viewAs("lead");
        long id = kpiId("Unassigned tickets");
        openKpi("SUP", id, "kpi-needs-okr");
        WebElement button = action("insight-okr");
        assertThat(button.getText()).isEqualTo("Create an OKR to fix this KPI");
        pressEnterOn(button);
        WebElement dialog = dialog("waypoint-kpi-okr-dialog");
        assertThat(dialog.findElement(By.name("title")).getAttribute("value"))
                .isEqualTo("Bring \"Unassigned tickets\" back to target");
        assertThat(dialog.findElement(By.name("target")).getAttribute("value")).isEqualTo("5");
        screenshot("okr-dialog-fix-kpi");
        submit(dialog, "waypoint-kpi-okr-dialog");
        flag("Created objective");
        waitUntilKpiPageSettled();
        assertThat(find(By.id("waypoint-kpi-objectives")).getText())
                .contains("Bring \"Unassigned tickets\" back to target");
        assertThat(driver().findElements(By.cssSelector("#waypoint-kpi-insights [data-type=KPI_NEEDS_OKR]")))
                .isEmpty();
        screenshot("okr-created");
    }

    @Test
    @Order(7)
    void givenAKpiTargetRaisedWithoutAnOkr_creatingAnOkrToReachIt_alignsIt() {
        viewAs("lead");
        long id = kpiId("Bugs reported in the last 30 days");
        openKpi("APP", id, "target-raised");
        WebElement button = action("insight-okr");
        assertThat(button.getText()).isEqualTo("Create an OKR to reach the raised target");
        pressEnterOn(button);
        WebElement dialog = dialog("waypoint-kpi-okr-dialog");
        assertThat(dialog.findElement(By.name("target")).getAttribute("value")).isEqualTo("20");
        screenshot("okr-dialog-raised-target");
        submit(dialog, "waypoint-kpi-okr-dialog");
        flag("Created objective");
        waitUntilKpiPageSettled();
        assertThat(find(By.id("waypoint-kpi-objectives")).getText())
                .contains("Reach the new target of \"Bugs reported in the last 30 days\"");
        assertThat(driver().findElements(By.cssSelector("#waypoint-kpi-insights [data-type=TARGET_RAISED_WITHOUT_OKR]")))
                .isEmpty();
    }

    @Test
    @Order(8)
    void givenABusinessAsUsualKeyResult_trackingItAsAKpi_retiresTheRepeatedKeyResult() {
        viewAs("lead");
        openKpis(projectKpis("SUP"), "business-as-usual");
        waitFor(d -> !d.findElements(By.cssSelector("#waypoint-kpi-scope-insights [data-type=BUSINESS_AS_USUAL]"))
                .isEmpty());
        pressEnterOn(action("insight-track"));
        WebElement confirm = dialog("waypoint-kpi-retire");
        assertThat(confirm.getText()).contains("First-contact resolution rate");
        screenshot("retire-key-result");
        submit(confirm, "waypoint-kpi-retire");
        flag("Retired the key result");
        waitUntilKpiPageSettled();
        waitFor(d -> "false".equals(find(By.cssSelector(".waypoint-kpi-insights-region")).getAttribute("aria-busy")));
        assertThat(driver().findElements(By.cssSelector("#waypoint-kpi-scope-insights [data-type=BUSINESS_AS_USUAL]")))
                .isEmpty();
        assertPageIsClean();
    }

    @Test
    @Order(9)
    void givenAnAgent_openingKpisTheyDoNotOwn_seesNoManageAction() {
        viewAs("agent");
        openKpi("SUP", kpiId("Customer satisfaction (CSAT)"), "agent-manual-kpi");
        assertThat(actions()).containsOnly("export-csv");
        openKpi("SUP", kpiId("Open tickets per agent"), "agent-per-agent-kpi");
        assertThat(actions()).doesNotContain("edit-kpi", "refresh-kpi", "enter-value", "delete-kpi", "unalign",
                "correct-value", "delete-value");
        assertThat(find(By.cssSelector("#waypoint-kpi-agents tbody")).getText()).isNotBlank();
    }

    @Test
    @Order(10)
    void givenAnOutsider_lookingEverywhere_seesNoSupKpi() {
        viewAs("lead");
        long perAgent = kpiId("Open tickets per agent");
        viewAs("outsider");
        WebElement project = openKpis(projectKpis("SUP"), "outsider-sup");
        assertThat(project.getAttribute("data-state")).isEqualTo("denied");
        assertThat(find(By.id("waypoint-no-access")).getText()).contains("SUP");
        WebElement directory = openKpis(DIRECTORY, "outsider-directory");
        assertThat(directory.getText()).contains("There is no KPI you may see yet.")
                .doesNotContain("Open tickets per agent", "Support backlog", "Customer satisfaction");
        WebElement page = openKpis(DIRECTORY + "?kpi=" + perAgent, "outsider-kpi-page");
        assertThat(page.getAttribute("data-state")).isEqualTo("error");
        assertThat(page.getText()).doesNotContain("Open tickets per agent");
        assertThat(rest("GET", "/kpi-pages/kpis?project=SUP", null).get("status")).isEqualTo(403L);
        assertThat(rest("GET", "/kpi-pages/kpis/" + perAgent, null).get("status")).isEqualTo(404L);
    }

    @Test
    @Order(11)
    void givenTheAdmin_theDirectoryAndACompositesPage_showEveryKpiAndItsTree() {
        viewAs("admin");
        WebElement directory = openKpis(DIRECTORY, "directory");
        assertThat(driver().findElements(By.cssSelector(".waypoint-kpi-row")).size()).isGreaterThanOrEqualTo(17);
        WebElement search = find(By.name("search"));
        type(search, "bugs");
        waitFor(d -> d.findElements(By.cssSelector(".waypoint-kpi-row")).size() < 17);
        assertThat(driver().findElements(By.cssSelector(".waypoint-kpi-name"))).allSatisfy(name ->
                assertThat(name.getText().toLowerCase()).contains("bugs"));
        new Select(find(By.name("health"))).selectByValue("GREEN");
        screenshot("directory-filtered");
        type(search, "no such kpi at all");
        assertThat(directory.getText()).contains("No KPI matches");
        screenshot("directory-no-match");

        openKpi(null, kpiId("Customer experience"), "composite-kpi");
        String tree = find(By.id("waypoint-kpi-tree")).getText();
        assertThat(tree).contains("Combines these KPIs: Average", "Customer satisfaction (CSAT)", "Crash-free sessions",
                "adds");
        pressEnterOn(action("delete-kpi"));
        dialog("waypoint-kpi-delete");
        screenshot("delete-kpi-confirm");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        new Select(find(By.id("waypoint-kpi-period"))).selectByIndex(3);
        waitUntilKpiPageSettled();
        assertPageIsClean();
        screenshot("composite-kpi-cycle-period");
        assertThat(rest("GET", "/kpi-pages/kpis/999999", null).get("status")).isEqualTo(404L);
        WebElement missing = openKpis(DIRECTORY + "?kpi=999999", "missing-kpi");
        assertThat(missing.getAttribute("data-state")).isEqualTo("error");
        WebElement back = missing.findElement(By.cssSelector("a.waypoint-kpi-back"));
        assertThat(back.getText()).isEqualTo("All KPIs");
        assertThat(back.getAttribute("href")).endsWith(DIRECTORY);
    }

    /** The source fields of the create dialog and the selector of each (the children are a fieldset of their own). */
    private static final Map<String, String> SOURCE_FIELDS = sourceFields();

    private static Map<String, String> sourceFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String group : List.of("jql", "numeratorJql", "denominatorJql", "agents", "group", "role", "fromField",
                "toField", "statistic", "aggregation")) {
            fields.put(group, "[data-group='" + group + "']");
        }
        fields.put("children", "fieldset.waypoint-kpi-pick");
        return fields;
    }

    private static List<String> sourceFieldsShown(WebElement dialog) {
        return SOURCE_FIELDS.entrySet().stream()
                .filter(e -> dialog.findElement(By.cssSelector(e.getValue())).isDisplayed()).map(Map.Entry::getKey)
                .toList();
    }

    @Test
    @Order(12)
    void givenTheCreateDialog_eachSourceTypeAndPreset_showsItsOwnFieldsAndTargetsAsTheirFormatReadsThem() {
        viewAs("lead");
        openKpis(projectKpis("SUP"), "sup-kpis-before-presets");
        int before = kpisOf("SUP");
        pressEnterOn(find(By.id("waypoint-kpi-create")));
        WebElement dialog = dialog("waypoint-kpi-dialog");
        Select type = new Select(dialog.findElement(By.name("type")));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("JQL_COUNT", List.of("jql"));
        expected.put("JQL_RATIO", List.of("numeratorJql", "denominatorJql"));
        expected.put("PER_AGENT", List.of("jql", "agents"));
        expected.put("DURATION", List.of("jql", "fromField", "toField", "statistic"));
        expected.put("MANUAL", List.of());
        expected.put("COMPOSITE", List.of("aggregation", "children"));
        for (Map.Entry<String, List<String>> source : expected.entrySet()) {
            type.selectByValue(source.getKey());
            assertThat(sourceFieldsShown(dialog)).as("the fields of a %s KPI", source.getKey())
                    .containsExactlyElementsOf(source.getValue());
            assertThat(new Select(dialog.findElement(By.name("format"))).getFirstSelectedOption()
                    .getAttribute("value")).as("the format a %s KPI is shown in", source.getKey())
                    .isEqualTo(switch (source.getKey()) {
                        case "DURATION" -> "DURATION";
                        case "JQL_RATIO" -> "PERCENT";
                        default -> "NUMBER";
                    });
            screenshot("source-" + source.getKey().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        type.selectByValue("PER_AGENT");
        new Select(dialog.findElement(By.name("agents"))).selectByValue("GROUP");
        assertThat(sourceFieldsShown(dialog)).containsExactly("jql", "agents", "group");
        new Select(dialog.findElement(By.name("agents"))).selectByValue("PROJECT_ROLE");
        assertThat(sourceFieldsShown(dialog)).containsExactly("jql", "agents", "role");

        Select preset = new Select(dialog.findElement(By.name("preset")));
        assertThat(preset.getOptions().stream().map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()))
                .containsExactly("openPerAgent", "unassigned", "firstContact", "medianResolution", "olderThan14Days",
                        "breachedSla");
        preset.selectByValue("firstContact");
        assertThat(type.getFirstSelectedOption().getAttribute("value")).isEqualTo("JQL_RATIO");
        assertThat(dialog.findElement(By.name("target")).getAttribute("value")).isEqualTo("55 %");
        assertThat(dialog.findElement(By.name("warning")).getAttribute("value")).isEqualTo("45 %");
        screenshot("preset-first-contact-percent");
        preset.selectByValue("breachedSla");
        assertThat(dialog.findElement(By.name("jql")).getAttribute("value"))
                .isEqualTo("project = \"SUP\" AND \"Time to resolution\" = breached()");
        preset.selectByValue("olderThan14Days");
        assertThat(dialog.findElement(By.name("jql")).getAttribute("value")).contains("created <= -14d");
        preset.selectByValue("unassigned");
        assertThat(dialog.findElement(By.name("jql")).getAttribute("value")).contains("assignee is EMPTY");
        preset.selectByValue("medianResolution");
        assertThat(type.getFirstSelectedOption().getAttribute("value")).isEqualTo("DURATION");
        assertThat(new Select(dialog.findElement(By.name("statistic"))).getFirstSelectedOption()
                .getAttribute("value")).isEqualTo("MEDIAN");
        assertThat(dialog.findElement(By.name("target")).getAttribute("value")).isEqualTo("12h");
        assertThat(dialog.findElement(By.name("warning")).getAttribute("value")).isEqualTo("1d");

        type(dialog.findElement(By.name("name")), "Median resolution time (edited preset)");
        type(dialog.findElement(By.name("target")), "43200");
        submit(dialog, "waypoint-kpi-dialog");
        WebElement error = waitFor(d -> dialog.findElements(By.cssSelector(".error[data-waypoint-error='target']"))
                .stream().findFirst().orElse(null));
        assertThat(error.getText()).as("a duration needs its units").contains("4h");
        assertThat(kpisOf("SUP")).as("nothing saved").isEqualTo(before);
        screenshot("duration-without-units-refused");

        type(dialog.findElement(By.name("target")), "10h 30m");
        submit(dialog, "waypoint-kpi-dialog");
        waitFor(d -> d.getCurrentUrl().contains("kpi=") ? d.getCurrentUrl() : null);
        pageLoaded("duration-kpi-created");
        waitUntilKpiPageSettled();
        assertThat(kpisOf("SUP")).isEqualTo(before + 1);
        assertThat(find(By.cssSelector(".waypoint-kpi-facts")).getText())
                .contains("at most 10h 30m", "warning at 1d");
        pressEnterOn(action("edit-kpi"));
        WebElement edit = dialog("waypoint-kpi-dialog");
        assertThat(edit.findElement(By.name("target")).getAttribute("value")).isEqualTo("10h 30m");
        assertThat(edit.findElement(By.name("warning")).getAttribute("value")).isEqualTo("1d");
        screenshot("duration-edit-dialog");
        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
    }
}
