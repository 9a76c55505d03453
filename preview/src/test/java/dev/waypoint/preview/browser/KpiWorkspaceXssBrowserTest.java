package dev.waypoint.preview.browser;


import dev.waypoint.preview.PreviewModule;
import dev.waypoint.preview.basics.BasicsModule;
import dev.waypoint.preview.dashboard.DashboardModule;
import dev.waypoint.preview.jira.JiraPickersModule;
import dev.waypoint.preview.pages.KpiPagesModule;
import dev.waypoint.preview.pages.WaypointPagesModule;
import dev.waypoint.preview.wiring.WaypointModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XSS corpus ({@link XssCorpus}) in everything the KPI workspace (issue 10) shows that people wrote: KPI names,
 * descriptions and units, a KPI's JQL (in its drill-down and the issue navigator), cycle names, objective and key result
 * titles, the agents' display names (the directory's users are named after the payloads), the insights' messages, the
 * user picker's answers (Jira's users' names and its {@code html} field) and what is typed into the search box. The
 * project's KPI page, the directory, a KPI's page (manual, per-agent, composite) and every dialog (edit, value, align,
 * OKR from an insight, delete) must run no script (the page's detector records alert, confirm, prompt, CSP reports and
 * errors) and show the text literally.
 */
class KpiWorkspaceXssBrowserTest extends KpiBrowserBase {

    private static final List<String> PAYLOADS = XssCorpus.payloads();
    private static final List<String> TITLES = XssCorpus.packed(PAYLOADS, 250, " | ");
    private static final List<String> KPI_NAMES = XssCorpus.packed(PAYLOADS, 200, " | ");
    private static final List<String> SHORT = PAYLOADS.stream().filter(p -> p.length() <= 32).toList();
    private static final String ALL = String.join("\n", PAYLOADS);
    /** A payload the preview's sample search accepts as a quoted label (no quote, no backslash). */
    private static final String LABEL = "<img src=x onerror=alert(4)>";

    @Override
    protected List<PreviewModule> modules() {
        return List.of(new BasicsModule(), new WaypointModule(ports -> ports.withAgents(
                new PayloadNamedAgents(ports.agents(), PAYLOADS))), new WaypointPagesModule(), new DashboardModule(),
                new KpiPagesModule(), new JiraPickersModule());
    }

    @SuppressWarnings("unchecked")
    private long create(String path, String json) {
        return ((Number) ((Map<String, Object>) restOk("POST", path, json).get("body")).get("id")).longValue();
    }

    private String textOf(String cssSelector) {
        return (String) driver().executeScript("var e = document.querySelector(arguments[0]);"
                + " return e ? e.textContent : null;", cssSelector);
    }

    private void assertShows(String cssSelector, List<String> texts) {
        String shown = textOf(cssSelector);
        assertThat(shown).as(cssSelector).isNotNull();
        for (String expected : texts) {
            assertThat(shown).as("%s shows %s", cssSelector, expected).contains(expected);
        }
        assertNothingInjected(cssSelector);
    }

    /**
     * No element under the selector came from the corpus: no script, frame, object, embed, marquee or the corpus's
     * {@code <img src=x>}, and no element with an event handler attribute or a javascript:/data: URL.
     */
    private void assertNothingInjected(String cssSelector) {
        Object injected = driver().executeScript("""
                var found = [];
                document.querySelectorAll(arguments[0]).forEach(function (root) {
                    root.querySelectorAll('*').forEach(function (e) {
                        var tag = e.tagName.toLowerCase();
                        var bad = ['script', 'iframe', 'object', 'embed', 'marquee', 'template', 'noscript']
                                .indexOf(tag) >= 0 || (tag === 'img' && e.getAttribute('src') === 'x');
                        Array.prototype.forEach.call(e.attributes, function (a) {
                            var value = String(a.value).replace(/\s/g, '').toLowerCase();
                            bad = bad || a.name.toLowerCase().indexOf('on') === 0
                                    || /^(javascript|data|vbscript):/.test(value) && a.name !== 'aria-label';
                        });
                        if (bad) {
                            found.push(e.outerHTML.slice(0, 200));
                        }
                    });
                });
                return found;
                """, cssSelector);
        assertThat((List<?>) injected).as("elements made from text in %s", cssSelector).isEmpty();
        assertPageIsClean();
    }

    private void cancel(String dialogId) {
        pressEnterOn(find(By.id(dialogId + "-cancel")));
        waitFor(d -> d.findElements(By.id(dialogId)).stream().noneMatch(WebElement::isDisplayed));
        assertPageIsClean();
    }

    @Test
    void givenTheCorpusInEveryText_theKpiPagesAndDialogs_showItLiterallyAndRunNothing() {
        viewAs("admin");
        LocalDate today = LocalDate.now();
        String cycleName = PAYLOADS.get(3);
        long cycle = create("/cycles", "{\"name\":" + json(cycleName) + ",\"start\":\"" + today.minusDays(20)
                + "\",\"end\":\"" + today.plusDays(40) + "\",\"state\":\"ACTIVE\"}");

        // Manual KPIs named after the corpus, red for ten days (insight "KPI red without an OKR" names them).
        List<Long> kpis = new ArrayList<>();
        for (int i = 0; i < KPI_NAMES.size(); i++) {
            long kpi = create("/kpis", "{\"name\":" + json(KPI_NAMES.get(i)) + ",\"description\":" + json(ALL)
                    + ",\"unit\":" + json(SHORT.get(i % SHORT.size())) + ",\"format\":\"NUMBER\","
                    + "\"direction\":\"HIGHER_IS_BETTER\",\"target\":100,\"warning\":90,\"project\":\"SUP\","
                    + "\"source\":{\"type\":\"MANUAL\"}}");
            for (int day = 0; day < 10; day++) {
                restOk("PUT", "/kpis/" + kpi + "/values/" + today.minusDays(day), "{\"value\":" + (10 + i + day) + "}");
            }
            kpis.add(kpi);
        }
        String compositeName = TITLES.get(0).substring(0, Math.min(200, TITLES.get(0).length()));
        long composite = create("/kpis", "{\"name\":" + json(compositeName) + ",\"format\":\"NUMBER\","
                + "\"direction\":\"HIGHER_IS_BETTER\",\"target\":100,\"project\":\"SUP\",\"source\":{\"type\":"
                + "\"COMPOSITE\",\"aggregation\":\"WEIGHTED_AVERAGE\",\"children\":" + kpis.stream().limit(3)
                .map(id -> "{\"kpiId\":" + id + ",\"weight\":2}").collect(Collectors.joining(",", "[", "]")) + "}}");
        long labelled = create("/kpis", "{\"name\":" + json(PAYLOADS.get(1)) + ",\"format\":\"NUMBER\","
                + "\"direction\":\"LOWER_IS_BETTER\",\"target\":5,\"project\":\"SUP\",\"source\":{\"type\":"
                + "\"JQL_COUNT\",\"jql\":" + json("project = SUP AND labels = \"" + LABEL + "\"") + "}}");
        restOk("POST", "/kpis/" + labelled + "/refresh", null);

        // An objective aligned to the first KPI, its key results titled after the corpus; another to align.
        long aligned = create("/objectives", "{\"cycleId\":" + cycle + ",\"title\":" + json(TITLES.get(0))
                + ",\"description\":" + json(ALL) + ",\"level\":\"TEAM\",\"project\":\"SUP\",\"alignedKpis\":["
                + kpis.get(0) + "]}");
        for (String title : TITLES) {
            create("/key-results", "{\"objectiveId\":" + aligned + ",\"title\":" + json(title) + ",\"unit\":"
                    + json(SHORT.get(0)) + ",\"measure\":{\"type\":\"METRIC\",\"baseline\":0,\"target\":10}}");
        }
        create("/key-results", "{\"objectiveId\":" + aligned + ",\"title\":" + json(PAYLOADS.get(2))
                + ",\"source\":{\"type\":\"KPI\",\"kpiId\":" + kpis.get(0) + "},\"measure\":{\"type\":\"METRIC\","
                + "\"baseline\":0,\"target\":100}}");
        create("/objectives", "{\"cycleId\":" + cycle + ",\"title\":" + json(TITLES.get(1))
                + ",\"level\":\"TEAM\",\"project\":\"SUP\"}");

        // The project's KPI page: names, units, owners, the insights; the search box with a payload typed in.
        openKpis(projectKpis("SUP"), "payloads-list");
        assertShows("#waypoint-kpi-page", KPI_NAMES);
        assertShows("#waypoint-kpi-page", List.of(compositeName, PAYLOADS.get(1)));
        waitFor(d -> !d.findElements(By.cssSelector("#waypoint-kpi-scope-insights [data-type=KPI_NEEDS_OKR]"))
                .isEmpty());
        assertShows("#waypoint-kpi-scope-insights", List.of(KPI_NAMES.get(1)));
        WebElement search = find(By.cssSelector("#waypoint-kpi-page input[name=search]"));
        type(search, KPI_NAMES.get(0).substring(0, 40));
        waitFor(d -> textOf("#waypoint-kpi-page").contains(KPI_NAMES.get(0)));
        assertNothingInjected("#waypoint-kpi-page");
        screenshot("payloads-list-searched");

        // The directory.
        openKpis(DIRECTORY, "payloads-directory");
        assertShows("#waypoint-kpi-page", KPI_NAMES);

        // The first KPI's page: name, description, unit, cycle (period picker), aligned objective and key results.
        openKpi("SUP", kpis.get(0), "payloads-kpi");
        assertShows("#waypoint-kpi-page", List.of(KPI_NAMES.get(0), ALL, SHORT.get(0), cycleName, TITLES.get(0),
                PAYLOADS.get(2)));
        assertShows("#waypoint-kpi-objectives", TITLES);

        // Its dialogs: edit (fields hold the texts; the user picker), value, align (lists the other objective); then
        // the second KPI's insight (red without an OKR), its OKR dialog and the delete dialog.
        pressEnterOn(action("edit-kpi"));
        WebElement edit = dialog("waypoint-kpi-dialog");
        assertThat(edit.findElement(By.name("name")).getAttribute("value")).isEqualTo(KPI_NAMES.get(0));
        assertThat(edit.findElement(By.name("description")).getAttribute("value")).isEqualTo(ALL);
        assertThat(edit.findElement(By.name("unit")).getAttribute("value")).isEqualTo(SHORT.get(0));
        assertShows("#waypoint-kpi-dialog", List.of(KPI_NAMES.get(0)));
        screenshot("payloads-edit-dialog");

        // Jira's user picker answering with names (and html) made of the corpus.
        driver().executeScript("""
                var payloads = arguments[0];
                var real = window.fetch;
                window.fetch = function (url) {
                    if (String(url).indexOf('/rest/api/2/user/picker') >= 0) {
                        var users = payloads.map(function (p, i) {
                            return { name: p, key: 'k' + i + p, html: p, displayName: p, avatarUrl: p };
                        });
                        return Promise.resolve(new Response(JSON.stringify({ users: users, total: users.length,
                                header: payloads[0] }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
                    }
                    return real.apply(this, arguments);
                };
                """, PAYLOADS.subList(0, 10));
        WebElement owner = edit.findElement(By.cssSelector(".waypoint-user-picker-input"));
        type(owner, "a");
        waitFor(d -> d.findElements(By.cssSelector(".waypoint-user-picker-option")).size() == 10);
        assertShows("#waypoint-kpi-dialog .waypoint-user-picker-list", PAYLOADS.subList(0, 10));
        screenshot("payloads-user-picker");
        pressEnterOn(owner);
        cancel("waypoint-kpi-dialog");

        pressEnterOn(action("enter-value"));
        dialog("waypoint-kpi-value-dialog");
        assertShows("#waypoint-kpi-value-dialog", List.of(KPI_NAMES.get(0)));
        screenshot("payloads-value-dialog");
        cancel("waypoint-kpi-value-dialog");

        pressEnterOn(action("align"));
        WebElement align = dialog("waypoint-kpi-align-dialog");
        assertThat(new Select(align.findElement(By.name("objectiveId"))).getOptions().stream()
                .map(WebElement::getText).toList()).anyMatch(t -> t.contains(TITLES.get(1)));
        assertNothingInjected("#waypoint-kpi-align-dialog");
        screenshot("payloads-align-dialog");
        cancel("waypoint-kpi-align-dialog");

        openKpi("SUP", kpis.get(1), "payloads-kpi-red");
        assertShows("#waypoint-kpi-insights", List.of(KPI_NAMES.get(1)));
        pressEnterOn(action("insight-okr"));
        WebElement okr = dialog("waypoint-kpi-okr-dialog");
        assertThat(okr.findElement(By.name("title")).getAttribute("value")).contains(KPI_NAMES.get(1));
        assertShows("#waypoint-kpi-okr-dialog", List.of(KPI_NAMES.get(1)));
        assertThat(new Select(okr.findElement(By.name("cycleId"))).getOptions().stream().map(WebElement::getText)
                .toList()).contains(cycleName);
        screenshot("payloads-okr-dialog");
        cancel("waypoint-kpi-okr-dialog");

        pressEnterOn(action("delete-kpi"));
        dialog("waypoint-kpi-delete");
        assertShows("#waypoint-kpi-delete", List.of(KPI_NAMES.get(1)));
        screenshot("payloads-delete-dialog");
        cancel("waypoint-kpi-delete");

        // The composite's tree, the per-agent rows, a JQL KPI's drill-down into the issue navigator.
        openKpi("SUP", composite, "payloads-composite");
        assertShows("#waypoint-kpi-tree", KPI_NAMES.subList(0, 3));
        openKpi("SUP", kpiId("Open tickets per agent"), "payloads-per-agent");
        assertShows("#waypoint-kpi-agents", PAYLOADS.subList(0, 8));
        openKpi("SUP", labelled, "payloads-jql");
        WebElement drill = find(By.cssSelector("#waypoint-kpi-page .waypoint-kpi-big a[href*='/issues/?jql=']"));
        assertThat(drill.getAttribute("href")).doesNotStartWith("javascript");
        driver().get(drill.getAttribute("href"));
        pageLoaded("payloads-navigator");
        assertThat(find(By.tagName("body")).getText()).contains(LABEL);
        assertNothingInjected("body");
    }
}
