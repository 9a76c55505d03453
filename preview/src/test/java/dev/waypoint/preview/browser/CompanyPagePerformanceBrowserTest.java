package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.ao.CompanyBulkData;
import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewModules;
import dev.waypoint.shared.ProjectKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 12's budget in the browser: the company page of a cycle with 20,020 objectives and 100,100 key results (two
 * check-ins each; CompanyBulkData on the preview's AO over an HSQLDB file) rendered in headless Chromium in under 1 s
 * (navigation start to the page's own mark {@code waypoint-company-rendered}: the company level expanded, 20 company
 * objectives with their 200 team objectives), and expanding a team (a subtree of 100 objectives) in under 200 ms
 * (the page's measure {@code waypoint-company-expand}: request, 99 nodes rendered). Medians over 10 loads after a
 * warm-up. The test prints the figures and fails only above generous bounds, so that a slow or busy CI machine does
 * not fail the build; the SQL statements are counted by the benchmarks (CompanyPageBudget).
 */
class CompanyPagePerformanceBrowserTest extends AppPagesBrowserTest {

    static final int LOADS = 10;
    static final String CYCLE = "Budget cycle";
    static final double FIRST_VIEW_BUDGET_MS = 1000;
    static final double EXPAND_BUDGET_MS = 200;
    static final double FIRST_VIEW_BOUND_MS = 6000;
    static final double EXPAND_BOUND_MS = 3000;

    /** Loads the budget's cycle into a new data folder, besides the sample. */
    static final class BudgetCycle implements PreviewModule {
        @Override
        public PreviewContribution contribute(dev.waypoint.preview.PreviewPlatform platform) {
            if (platform.newDataFolder()) {
                LocalDate today = LocalDate.now(platform.clock());
                CompanyBulkData.load((EmbeddedActiveObjects) platform.activeObjects(), CYCLE, today.minusDays(30),
                        today.plusDays(60), CycleState.ACTIVE, CompanyBulkData.Shape.ISSUE_12,
                        List.of(new ProjectKey("SUP"), new ProjectKey("APP"), new ProjectKey("WEB")), "lead");
            }
            return new PreviewContribution(List.of(), List.of());
        }
    }

    @Override
    protected List<PreviewModule> modules() {
        List<PreviewModule> modules = new ArrayList<>(PreviewModules.standard());
        modules.add(new BudgetCycle());
        return modules;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The machine's load average (Linux), to read the figures by: the machines that run the tests are shared. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2] + " on " + Runtime.getRuntime().availableProcessors()
                    + " processors";
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private double entry(String script, String name) {
        Object value = driver().executeScript(script, name);
        assertThat(value).as("performance entry %s", name).isNotNull();
        return ((Number) value).doubleValue();
    }

    @Test
    void givenTwentyThousandObjectives_companyPage_rendersTheFirstViewAndExpandsATeamWithinTheBudget() {
        viewAs("admin");
        long cycle = cycles().stream().filter(c -> CYCLE.equals(c.get("name"))).mapToLong(AppPagesBrowserTest::id)
                .findFirst().orElseThrow();
        String url = server().baseUri().resolve(COMPANY_PAGE + "?cycle=" + cycle).toString();
        List<Double> firstView = new ArrayList<>();
        List<Double> expand = new ArrayList<>();
        List<Double> request = new ArrayList<>();
        int nodes = 0;
        int expanded = 0;
        for (int load = 0; load <= LOADS; load++) {
            driver().get(url);
            waitForCompanyPage();
            List<WebElement> teams = driver().findElements(By.cssSelector(
                    ".waypoint-company-node[data-level=TEAM] > .waypoint-company-row .waypoint-expander"));
            WebElement team = teams.get(load % teams.size());
            pressEnterOn(team);
            waitFor(d -> "true".equals(team.getAttribute("aria-expanded")));
            waitForIdle("waypoint-company-page");
            if (load == 0) {
                nodes = driver().findElements(By.cssSelector(".waypoint-company-node")).size();
                expanded = team.findElements(By.xpath("./ancestor::li[1]/ul/li")).size();
                screenshot("budget-cycle-expanded");
                continue; // the first load warms the server and the browser up
            }
            firstView.add(entry("var m = performance.getEntriesByName(arguments[0]); return m.length ? m[0].startTime"
                    + " : null;", "waypoint-company-rendered"));
            expand.add(entry("var m = performance.getEntriesByName(arguments[0]); return m.length ? m[0].duration"
                    + " : null;", "waypoint-company-expand"));
            request.add(entry("var needle = arguments[0]; var m = performance.getEntriesByType('resource')"
                    + ".filter(function (e) { return e.name.indexOf(needle) >= 0; });"
                    + " return m.length ? m[0].duration : null;",
                    "/rest/waypoint/1.0/company?cycle="));
        }
        double first = median(firstView);
        double open = median(expand);
        System.out.printf("Company page, cycle of 20,020 objectives / 100,100 key results, %d loads in headless"
                + " Chromium:%n  first view rendered (%d nodes): median %.0f ms (budget %.0f ms: %s), all %s%n"
                + "  of which the request GET /company (server and transfer): median %.0f ms%n"
                + "  expanding a team (%d children): median %.0f ms (budget %.0f ms: %s), all %s%n"
                + "  machine load average (1, 5, 15 min): %s%n",
                LOADS, nodes - expanded, first, FIRST_VIEW_BUDGET_MS, first < FIRST_VIEW_BUDGET_MS ? "met" : "MISSED",
                firstView.stream().map(v -> String.format("%.0f", v)).toList(), median(request), expanded, open,
                EXPAND_BUDGET_MS, open < EXPAND_BUDGET_MS ? "met" : "MISSED",
                expand.stream().map(v -> String.format("%.0f", v)).toList(), loadAverage());

        assertThat(nodes - expanded).as("company objectives, their teams and the unaligned group").isEqualTo(220);
        assertThat(expanded).isEqualTo(99);
        assertThat(first).as("median time to the rendered first view, ms").isLessThan(FIRST_VIEW_BOUND_MS);
        assertThat(open).as("median time to expand a team, ms").isLessThan(EXPAND_BOUND_MS);
    }
}
