package dev.waypoint.preview.browser;


import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.basics.BasicsModule;
import dev.waypoint.preview.jira.JiraPickersModule;
import dev.waypoint.preview.pages.KpiPagesModule;
import dev.waypoint.preview.pages.WaypointPagesModule;
import dev.waypoint.preview.wiring.WaypointModule;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's budget: with 200 more KPIs in SUP (each with its last 30 days of values) and one of them with 365 days of
 * values, the KPI directory, SUP's KPI page (both showing their first 50 KPIs, and more on demand) and that KPI's page
 * over 365 days are each rendered, from navigation start
 * to the page's own mark {@code waypoint-kpi-rendered} (set once the data and charts are drawn), in a median under
 * 300 ms over 10 loads in headless Chromium (after one warm-up load); and no JQL search or validation runs while they
 * render (the app's issue search is counted). The test prints the figures and fails only above a generous bound, so
 * that a slow CI machine does not fail the build; the search count must be exactly zero. (The SQL statements of the
 * same reads are counted on Active Objects by waypoint-jira's {@code AoKpiPageStatementCountTest}.)
 */
class KpiPagesPerformanceBrowserTest extends KpiBrowserBase {

    static final int KPIS = 200;
    static final int RECENT_DAYS = 30;
    static final int DAYS = 365;
    static final int LOADS = 10;
    static final double BUDGET_MS = 300;
    static final double FAILURE_BOUND_MS = 1500;

    private final CountingIssueSearch.Counter searches = new CountingIssueSearch.Counter();

    @Override
    protected List<PreviewModule> modules() {
        return List.of(new BasicsModule(),
                new WaypointModule(ports -> ports.withSearch(searches.around(ports.search()))),
                new WaypointPagesModule(), new KpiPagesModule(), new JiraPickersModule());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Creates the KPIs and their values from the page, eight requests at a time (the values of one KPI one after the
     * other: the preview's database refuses concurrent writes of one KPI's latest value); returns the id of the KPI
     * with {@link #DAYS} days of values.
     */
    @SuppressWarnings("unchecked")
    private long seed() {
        driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        Map<String, Object> answer = (Map<String, Object>) driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var kpis = arguments[0], recent = arguments[1], days = arguments[2], today = arguments[3];
                function call(method, path, body) {
                    return fetch('/rest/waypoint/1.0' + path, { method: method, credentials: 'same-origin',
                        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
                        body: body ? JSON.stringify(body) : undefined }).then(function (r) {
                            if (!r.ok) { throw new Error(method + ' ' + path + ': ' + r.status); }
                            return r.status === 204 ? null : r.json();
                        });
                }
                function pool(tasks, width) {
                    var next = 0;
                    function worker() {
                        if (next >= tasks.length) { return Promise.resolve(); }
                        var task = tasks[next++];
                        return task().then(worker);
                    }
                    var workers = [];
                    for (var i = 0; i < width; i++) { workers.push(worker()); }
                    return Promise.all(workers);
                }
                function day(back) {
                    var d = new Date(today + 'T00:00:00Z');
                    d.setUTCDate(d.getUTCDate() - back);
                    return d.toISOString().slice(0, 10);
                }
                var ids = [];
                var creations = [];
                for (var n = 0; n < kpis; n++) {
                    (function (n) {
                        creations.push(function () {
                            return call('POST', '/kpis', { name: 'Load KPI ' + ('00' + n).slice(-3),
                                description: 'One of ' + kpis + ' KPIs of the performance test.', unit: 'tickets',
                                format: 'NUMBER', direction: 'LOWER_IS_BETTER', target: 10, warning: 15,
                                project: 'SUP', source: { type: 'MANUAL' } }).then(function (k) { ids.push(k.id); });
                        });
                    })(n);
                }
                pool(creations, 8).then(function () {
                    ids.sort(function (a, b) { return a - b; });
                    var values = ids.map(function (id, i) {
                        return function () {
                            var chain = Promise.resolve();
                            for (var back = 0; back < (i === 0 ? days : recent); back++) {
                                (function (back) {
                                    chain = chain.then(function () {
                                        return call('PUT', '/kpis/' + id + '/values/' + day(back),
                                                { value: 5 + (id * 7 + back * 3) % 17 });
                                    });
                                })(back);
                            }
                            return chain;
                        };
                    });
                    return pool(values, 8);
                }).then(function () {
                    done({ ok: true, first: ids[0] });
                }, function (e) {
                    done({ ok: false, error: String(e) });
                });
                """, KPIS, RECENT_DAYS, DAYS, LocalDate.now().toString());
        assertThat(answer.get("ok")).as("seeding: %s", answer.get("error")).isEqualTo(true);
        return ((Number) answer.get("first")).longValue();
    }

    private record Figures(String page, int shown, List<Double> rendered, List<Double> domContentLoaded,
            List<Double> html, Object reads) {

        double median() {
            return KpiPagesPerformanceBrowserTest.median(rendered);
        }
    }

    private Figures measure(String name, String path, String shownSelector) {
        String url = server().baseUri().resolve(path).toString();
        List<Double> rendered = new ArrayList<>();
        List<Double> domContentLoaded = new ArrayList<>();
        List<Double> html = new ArrayList<>();
        int shown = 0;
        for (int load = 0; load <= LOADS; load++) {
            driver().get(url);
            waitFor(d -> ((Number) driver().executeScript(
                    "return performance.getEntriesByName('waypoint-kpi-rendered').length;")).intValue() == 1);
            waitUntilKpiPageSettled();
            assertThat(find(By.id("waypoint-kpi-page")).getAttribute("data-state")).isEqualTo("ready");
            assertPageIsClean();
            if (load == 0) {
                screenshot(name);
                shown = driver().findElements(By.cssSelector(shownSelector)).size();
                continue; // the first load warms the server and the browser cache up
            }
            rendered.add(((Number) driver().executeScript(
                    "return performance.getEntriesByName('waypoint-kpi-rendered')[0].startTime;")).doubleValue());
            domContentLoaded.add(((Number) driver().executeScript(
                    "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")).doubleValue());
            html.add(((Number) driver().executeScript(
                    "return performance.getEntriesByType('navigation')[0].responseEnd")).doubleValue());
        }
        Object reads = driver().executeScript("return performance.getEntriesByType('resource').filter(function (e) {"
                + " return e.name.indexOf('/rest/') >= 0; }).map(function (e) { return e.name.replace(location.origin,"
                + " '') + ' at ' + Math.round(e.startTime) + ' ms, ' + Math.round(e.duration) + ' ms'; });");
        return new Figures(name, shown, rendered, domContentLoaded, html, reads);
    }

    @Test
    void given200KpisAnd365DaysOfValues_tenLoadsOfEachKpiPage_renderWithinTheBudgetWithoutAnyJqlSearch() {
        viewAs("admin");
        openKpis(projectKpis("SUP"), "before");
        long id = seed();

        searches.reset();
        List<Figures> figures = List.of(
                measure("directory", DIRECTORY, "#waypoint-kpi-list tbody tr"),
                measure("project-kpis", projectKpis("SUP"), "#waypoint-kpi-list tbody tr"),
                measure("kpi-365-days", projectKpis("SUP") + "?kpi=" + id + "&days=" + DAYS,
                        "#waypoint-kpi-values tbody tr"));

        System.out.printf("KPI pages with %d more KPIs in SUP (%d days of values each, one with %d), %d loads each in"
                + " headless Chromium:%n", KPIS, RECENT_DAYS, DAYS, LOADS);
        for (Figures f : figures) {
            System.out.printf("  %s (%d rows): rendered median %.0f ms (budget %.0f ms: %s), all %s;"
                    + " page received median %.0f ms, DOMContentLoaded median %.0f ms%n    reads of the last load: %s%n",
                    f.page(), f.shown(), f.median(), BUDGET_MS, f.median() < BUDGET_MS ? "met" : "MISSED",
                    f.rendered().stream().map(v -> String.format("%.0f", v)).toList(), median(f.html()),
                    median(f.domContentLoaded()), f.reads());
        }
        openKpis(projectKpis("SUP"), "project-kpis-first-page");
        assertThat(find(By.cssSelector(".waypoint-kpi-more")).getText()).contains("Showing the first 50 of");
        pressEnterOn(action("more-kpis"));
        List<WebElement> names = waitFor(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#waypoint-kpi-list tbody .waypoint-kpi-name"));
            return found.size() == 100 ? found : null;
        });
        assertThat(focused()).as("focus on the first KPI shown by 'show more'").isEqualTo(names.get(50));
        screenshot("project-kpis-more");
        System.out.printf("  JQL searches while rendering: %d (validations %d)%n", searches.searches(),
                searches.validations());

        assertThat(figures.get(0).shown()).as("the directory's first page").isEqualTo(50);
        assertThat(figures.get(1).shown()).as("SUP's first page").isEqualTo(50);
        assertThat(figures.get(2).shown()).isEqualTo(DAYS);
        assertThat(searches.searches()).as("JQL searches while the KPI pages render").isZero();
        assertThat(searches.validations()).as("JQL validations while the KPI pages render").isZero();
        for (Figures f : figures) {
            assertThat(f.median()).as("median time until %s is rendered, ms", f.page()).isLessThan(FAILURE_BOUND_MS);
        }
    }
}
