package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.basics.BasicsModule;
import dev.waypoint.preview.dashboard.DashboardModule;
import dev.waypoint.preview.pages.WaypointPagesModule;
import dev.waypoint.preview.wiring.WaypointModule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 11's budget: the dashboard the preview starts with (its four items on the sample's service desk) is rendered,
 * from navigation start to the last item's own mark {@code waypoint-dashboard-item-ready}, in a median under 500 ms
 * over 10 loads in headless Chromium (after one warm-up load); and no JQL search runs while the items render (the app's
 * issue search is counted). The test prints the figures and fails only above a generous bound, so that a slow CI
 * machine does not fail the build; the search count must be exactly zero.
 */
class DashboardPerformanceBrowserTest extends DashboardBrowserBase {

    static final int LOADS = 10;
    static final double BUDGET_MS = 500;
    static final double FAILURE_BOUND_MS = 2500;

    private final CountingIssueSearch.Counter searches = new CountingIssueSearch.Counter();

    @Override
    protected List<PreviewModule> modules() {
        return List.of(new BasicsModule(),
                new WaypointModule(ports -> ports.withSearch(searches.around(ports.search()))),
                new WaypointPagesModule(), new DashboardModule());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    @Test
    void givenTheSampleDashboard_tenLoads_renderTheFourItemsWithinTheBudgetWithoutAnyJqlSearch() {
        viewAs("admin");
        assertThat(placedItems()).extracting(item -> item.get("type"))
                .containsExactly(OKR, SCORECARD, TREND, WORKLOAD);
        String url = server().baseUri().resolve(DASHBOARD).toString();
        searches.reset();
        List<Double> rendered = new ArrayList<>();
        List<Double> domContentLoaded = new ArrayList<>();
        for (int load = 0; load <= LOADS; load++) {
            driver().get(url);
            waitFor(d -> ((Number) driver().executeScript(
                    "return performance.getEntriesByName('waypoint-dashboard-item-ready').length;")).intValue() == 4);
            assertThat(driver().findElements(By.cssSelector("[data-item][data-state=ready]"))).hasSize(4);
            assertPageIsClean();
            if (load == 0) {
                screenshot("warm-up");
                continue; // the first load warms the server and the browser cache up
            }
            rendered.add(((Number) driver().executeScript("return Math.max.apply(null, performance"
                    + ".getEntriesByName('waypoint-dashboard-item-ready').map(function (m) { return m.startTime; }));"))
                    .doubleValue());
            domContentLoaded.add(((Number) driver().executeScript(
                    "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")).doubleValue());
        }
        Object reads = driver().executeScript("return performance.getEntriesByType('resource').filter(function (e) {"
                + " return e.name.indexOf('/rest/') >= 0; }).map(function (e) { return e.name.replace(location.origin,"
                + " '') + ' at ' + Math.round(e.startTime) + ' ms, ' + Math.round(e.duration) + ' ms'; });");
        double median = median(rendered);
        System.out.printf("Dashboard with the four Waypoint items (sample data), %d loads in headless Chromium:%n"
                + "  all four rendered: median %.0f ms (budget %.0f ms: %s), all %s%n"
                + "  DOMContentLoaded: median %.0f ms; JQL searches while rendering: %d (validations %d)%n"
                + "  the items' reads in the last load: %s%n",
                LOADS, median, BUDGET_MS, median < BUDGET_MS ? "met" : "MISSED",
                rendered.stream().map(v -> String.format("%.0f", v)).toList(), median(domContentLoaded),
                searches.searches(), searches.validations(), reads);

        assertThat(searches.searches()).as("JQL searches while the items render").isZero();
        assertThat(searches.validations()).as("JQL validations while the items render").isZero();
        assertThat(median).as("median time until the four items are rendered, ms").isLessThan(FAILURE_BOUND_MS);
    }
}
