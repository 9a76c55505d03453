package dev.waypoint.preview.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.basics.BasicsModule;
import dev.waypoint.preview.dashboard.DashboardModule;
import dev.waypoint.preview.pages.WaypointPagesModule;
import dev.waypoint.preview.wiring.WaypointModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The XSS corpus ({@link XssCorpus}) in everything the dashboard items show that people wrote: KPI names and units,
 * cycle names, objective and key result titles (through the API), the agents' display names (the directory's users
 * are named after the payloads here), and the items' own preferences. Every item in view mode, in its edit view (the
 * pickers list the names) and on the wallboard must run no script (the page's detector records alert, confirm,
 * prompt, CSP reports and errors) and show the text literally.
 */
class DashboardXssBrowserTest extends DashboardBrowserBase {

    private static final List<String> PAYLOADS = XssCorpus.payloads();
    private static final List<String> TITLES = XssCorpus.packed(PAYLOADS, 255, " | ");
    private static final List<String> KPI_NAMES = XssCorpus.packed(PAYLOADS, 200, " | ");
    private static final List<String> SHORT = PAYLOADS.stream().filter(p -> p.length() <= 32).toList();

    @Override
    protected List<PreviewModule> modules() {
        return List.of(new BasicsModule(), new WaypointModule(ports -> ports.withAgents(
                new PayloadNamedAgents(ports.agents(), PAYLOADS))), new WaypointPagesModule(), new DashboardModule());
    }

    @SuppressWarnings("unchecked")
    private long create(String path, String json) {
        return ((Number) ((Map<String, Object>) restOk("POST", path, json).get("body")).get("id")).longValue();
    }

    private String textOf(long item) {
        return text(itemIn(item));
    }

    private void assertShows(long item, List<String> texts) {
        String shown = textOf(item);
        for (String expected : texts) {
            assertThat(shown).as("item %s shows %s", item, expected).contains(expected);
        }
        assertPageIsClean();
    }

    @Test
    void givenTheCorpusInEveryNameAndTitle_everyItem_showsItLiterallyInViewEditAndWallboard() {
        clearDashboard();
        LocalDate today = LocalDate.now();
        String cycleName = PAYLOADS.get(3);
        long cycle = create("/cycles", "{\"name\":" + json(cycleName) + ",\"start\":\"" + today.minusDays(20)
                + "\",\"end\":\"" + today.plusDays(40) + "\",\"state\":\"ACTIVE\"}");
        List<Long> kpis = new ArrayList<>();
        for (int i = 0; i < KPI_NAMES.size(); i++) {
            long kpi = create("/kpis", "{\"name\":" + json(KPI_NAMES.get(i)) + ",\"description\":"
                    + json(PAYLOADS.get(0)) + ",\"unit\":" + json(SHORT.get(i % SHORT.size()))
                    + ",\"format\":\"NUMBER\","
                    + "\"direction\":\"LOWER_IS_BETTER\",\"target\":12,\"warning\":15,\"project\":\"SUP\","
                    + "\"source\":{\"type\":\"MANUAL\"}}");
            for (int day = 0; day < 5; day++) {
                restOk("PUT", "/kpis/" + kpi + "/values/" + today.minusDays(day), "{\"value\":" + (10 + i + day) + "}");
            }
            kpis.add(kpi);
        }
        long company = create("/objectives", "{\"cycleId\":" + cycle + ",\"title\":" + json(TITLES.get(0))
                + ",\"level\":\"COMPANY\",\"alignedKpis\":[" + kpis.get(0) + "]}");
        long team = create("/objectives", "{\"cycleId\":" + cycle + ",\"title\":" + json(TITLES.get(1))
                + ",\"level\":\"TEAM\",\"project\":\"SUP\",\"parentId\":" + company + ",\"alignedKpis\":["
                + kpis.get(0) + "]}");
        for (String title : TITLES) {
            create("/key-results", "{\"objectiveId\":" + team + ",\"title\":" + json(title.substring(0,
                    Math.min(title.length(), 250))) + ",\"unit\":" + json(SHORT.get(0))
                    + ",\"measure\":{\"type\":\"METRIC\",\"baseline\":0,\"target\":10}}");
        }

        long okrProject = placeItem(OKR, 0, Map.of("scope", "project", "project", "SUP", "cycle", "" + cycle));
        long okrCycle = placeItem(OKR, 1, Map.of("scope", "cycle", "cycle", "" + cycle));
        long okrObjective = placeItem(OKR, 0, Map.of("scope", "objective", "objective", "" + company));
        long scorecard = placeItem(SCORECARD, 1, Map.of("source", "kpis", "kpis",
                kpis.stream().map(String::valueOf).collect(Collectors.joining(","))));
        long trend = placeItem(TREND, 0, Map.of("kpi", "" + kpis.get(0), "days", "30"));
        long workload = placeItem(WORKLOAD, 1, Map.of("kpi", kpiId("Open tickets per agent")));
        long bogus = placeItem(SCORECARD, 1, Map.of("source", PAYLOADS.get(1), "kpis", PAYLOADS.get(2),
                "project", PAYLOADS.get(4), "refresh", PAYLOADS.get(5), "display", PAYLOADS.get(6)));

        openAndSettle(DASHBOARD, "payloads");

        List<String> keyResults = TITLES.stream().map(t -> t.substring(0, Math.min(t.length(), 250))).toList();
        assertShows(okrProject, List.of(TITLES.get(1)));
        assertShows(okrProject, keyResults);
        assertShows(okrCycle, List.of(cycleName, TITLES.get(0)));
        assertShows(okrObjective, List.of(TITLES.get(0), TITLES.get(1)));
        assertShows(scorecard, KPI_NAMES);
        assertShows(trend, List.of(KPI_NAMES.get(0), cycleName, TITLES.get(0)));
        assertShows(workload, PAYLOADS.subList(0, 8));
        assertThat(state(bogus)).as("preferences that are not ids or keys configure nothing").isEqualTo("unconfigured");
        for (long item : List.of(okrProject, okrCycle, okrObjective, scorecard, trend, workload)) {
            assertThat(state(item)).isEqualTo("ready");
            assertThat(itemIn(item).findElements(By.cssSelector("img, script, iframe"))).isEmpty();
        }
        screenshot("payloads-shown");

        for (long item : List.of(okrCycle, scorecard, trend, workload, bogus)) {
            pressEnterOn(frame(item).findElement(By.cssSelector("[data-action=edit-item]")));
            waitFor(d -> "edit".equals(frame(item).getAttribute("data-mode"))
                    && "ready".equals(itemIn(item).getAttribute("data-state")));
            assertPageIsClean();
            driver().executeScript("arguments[0].scrollIntoView()", frame(item));
            screenshot("edit-" + item);
        }
        String pickers = text(find(By.cssSelector("[data-region=columns]")));
        assertThat(pickers).contains(cycleName).contains(KPI_NAMES.get(0)).contains(KPI_NAMES.get(1));

        openAndSettle(WALLBOARD, "wallboard-payloads");
        assertShows(scorecard, KPI_NAMES);
        assertShows(workload, PAYLOADS.subList(0, 8));
        assertShows(okrCycle, List.of(cycleName, TITLES.get(0)));
    }
}
