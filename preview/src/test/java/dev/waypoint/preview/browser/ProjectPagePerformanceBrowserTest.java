package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import dev.waypoint.preview.PreviewContribution;
import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.PreviewModules;
import dev.waypoint.preview.PreviewPlatform;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The project page's budget: with the sample data, the median time from navigation start to the objective tree being
 * rendered (the page's own performance mark {@code waypoint-tree-rendered}), over 10 loads in headless Chromium, is
 * under 300 ms. The test prints the figures (and the sizes of AUI and the chart library, which the app's own budget
 * leaves out) and fails only above a generous bound, so that a slow CI machine does not fail the build. The same at
 * ten times the sample data (issue 13).
 */
class ProjectPagePerformanceBrowserTest extends WaypointBrowserTest {

    static final int LOADS = 10;
    static final double BUDGET_MS = 300;
    static final double FAILURE_BOUND_MS = 1500;

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The machine's load average (Linux): the machines that run the tests are shared. */
    private static String loadAverage() {
        try {
            String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2] + " on " + Runtime.getRuntime().availableProcessors()
                    + " processors";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private double mark(String name) {
        Object value = driver().executeScript("var m = performance.getEntriesByName(arguments[0]);"
                + " return m.length ? m[0].startTime : null;", name);
        assertThat(value).as("performance mark %s", name).isNotNull();
        return ((Number) value).doubleValue();
    }

    private static int gzipped(String resource) {
        try (InputStream in = ProjectPagePerformanceBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            byte[] content = in.readAllBytes();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
                {
                    def.setLevel(Deflater.BEST_COMPRESSION);
                }
            }) {
                gzip.write(content);
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The budget's cycle of ten times the sample, in project SUP, loaded into a new data folder beside the sample; it
     * is longer than the sample's quarter, so the quarter stays the project page's default cycle.
     */
    static final class TenTimesCycle implements PreviewModule {
        @Override
        public PreviewContribution contribute(PreviewPlatform platform) {
            if (platform.newDataFolder()) {
                LocalDate today = LocalDate.now(platform.clock());
                ProjectPageTenTimesData.load((EmbeddedActiveObjects) platform.activeObjects(), TEN_TIMES_CYCLE,
                        today.minusDays(100), today.plusDays(100), "SUP", "admin");
            }
            return new PreviewContribution(List.of(), List.of());
        }
    }

    static final String TEN_TIMES_CYCLE = "Ten times the sample";

    @Override
    protected List<PreviewModule> modules() {
        List<PreviewModule> modules = new ArrayList<>(PreviewModules.standard());
        modules.add(new TenTimesCycle());
        return modules;
    }

    /** What loading a page {@link #LOADS} times measured (after a warm-up load). */
    record Figures(int objectives, int keyResults, double treeMedian, List<Double> tree, double sparklinesMedian,
            double domContentLoadedMedian, double readModelMedian) {
    }

    private Figures measure(String url, String warmUpStep) {
        List<Double> tree = new ArrayList<>();
        List<Double> sparklines = new ArrayList<>();
        List<Double> domContentLoaded = new ArrayList<>();
        List<Double> readModel = new ArrayList<>();
        int objectives = 0;
        int keyResults = 0;
        for (int load = 0; load <= LOADS; load++) {
            driver().get(url);
            WebElement root = find(By.id("waypoint-project-page"));
            waitFor(d -> "ready".equals(root.getAttribute("data-state")));
            assertPageIsClean();
            if (load == 0) {
                screenshot(warmUpStep);
                objectives = driver().findElements(By.cssSelector(".waypoint-objective")).size();
                keyResults = driver().findElements(By.cssSelector(".waypoint-key-result")).size();
                continue; // the first load warms the server and the browser cache up
            }
            tree.add(mark("waypoint-tree-rendered"));
            sparklines.add(mark("waypoint-sparklines-drawn"));
            domContentLoaded.add(((Number) driver().executeScript(
                    "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")).doubleValue());
            Object request = driver().executeScript("var r = performance.getEntriesByType('resource').filter("
                    + "function (e) { return e.name.indexOf('/okrs') >= 0; }); return r.length ? r[0].duration : null;");
            readModel.add(request == null ? Double.NaN : ((Number) request).doubleValue());
        }
        return new Figures(objectives, keyResults, median(tree), tree, median(sparklines), median(domContentLoaded),
                median(readModel));
    }

    private static void print(String what, Figures f) {
        System.out.printf("Project page %s (%d objectives, %d key results), %d loads in headless Chromium:%n"
                + "  tree rendered: median %.0f ms (budget %.0f ms: %s), all %s%n"
                + "  sparklines in view scheduled: median %.0f ms; DOMContentLoaded: median %.0f ms; the read model's request:"
                + " median %.0f ms; machine load %s%n",
                what, f.objectives(), f.keyResults(), LOADS, f.treeMedian(), BUDGET_MS,
                f.treeMedian() < BUDGET_MS ? "met" : "MISSED",
                f.tree().stream().map(v -> String.format("%.0f", v)).toList(), f.sparklinesMedian(),
                f.domContentLoadedMedian(), f.readModelMedian(), loadAverage());
    }

    @Test
    void givenTheSampleData_projectPage_rendersItsTreeWithinTheBudget() {
        viewAs("admin");
        Figures figures = measure(server().baseUri().resolve("/projects/SUP/waypoint").toString(), "warm-up");
        print("SUP", figures);
        System.out.printf("  AUI (not counted): aui-prototyping.js %,d B + aui-prototyping.css %,d B gzipped;"
                + " jQuery %,d B gzipped%n", gzipped("preview-static/aui/aui-prototyping.js"),
                gzipped("preview-static/aui/aui-prototyping.css"), gzipped("preview-static/aui/jquery/jquery.min.js"));

        assertThat(figures.keyResults()).isGreaterThan(5);
        assertThat(figures.treeMedian()).as("median time to the rendered tree, ms").isLessThan(FAILURE_BOUND_MS);
    }

    /**
     * Issue 13's budget: ten times the sample data (130 objectives, 400 key results, 4,000 linked issues) under 300 ms
     * to the rendered tree; the statements the page's read model costs do not grow with the data
     * ({@code OkrReadStatementCountTest}).
     */
    @Test
    void givenTenTimesTheSampleData_projectPage_rendersItsTreeWithinTheBudget() {
        viewAs("admin");
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) restOk("GET", "/projects/SUP/okrs", null).get("body");
        List<Map<String, Object>> cycles = (List<Map<String, Object>>) page.get("cycles");
        assertThat(page.get("selectedCycleId")).as("the sample's quarter stays the default cycle")
                .isNotEqualTo(cycles.stream().filter(c -> TEN_TIMES_CYCLE.equals(c.get("name"))).findFirst()
                        .orElseThrow().get("id"));
        Object cycleId = cycles.stream().filter(c -> TEN_TIMES_CYCLE.equals(c.get("name"))).findFirst()
                .orElseThrow().get("id");
        Figures figures = measure(server().baseUri().resolve("/projects/SUP/waypoint?cycle=" + cycleId).toString(),
                "ten-times-1280x800");
        print("SUP at ten times the sample", figures);

        assertThat(figures.objectives()).isEqualTo(ProjectPageTenTimesData.OBJECTIVES);
        assertThat(figures.keyResults()).isEqualTo(ProjectPageTenTimesData.KEY_RESULTS);
        assertThat(figures.treeMedian()).as("median time to the rendered tree, ms").isLessThan(FAILURE_BOUND_MS);
    }
}
