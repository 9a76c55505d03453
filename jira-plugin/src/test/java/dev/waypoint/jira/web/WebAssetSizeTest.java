package dev.waypoint.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The budget of the app's own front end: the JavaScript and CSS a page of the app loads (its web resource with the
 * app's web resources it depends on), each file gzipped as a server sends it, under 60 KB per page. The chart library
 * (vendored from npm) and AUI (Jira's) are not counted. Files a page does not load do not slow it down, so the budget
 * is per page (project page, issue panel, admin page, company page, KPI pages, dashboard items); the total of every
 * file is printed beside.
 */
class WebAssetSizeTest {

    static final int BUDGET_BYTES = 60 * 1024;

    /** The web resources that pages require; each is measured with its dependencies inside the app. */
    static final List<String> PAGES = List.of("waypoint-project-page", "waypoint-issue-panel", "waypoint-admin-page",
            "waypoint-company-page", "waypoint-kpi-pages", "waypoint-dashboard-items");

    static int gzipped(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private static boolean counted(String location) {
        return !location.startsWith("js/vendor/") && (location.endsWith(".js") || location.endsWith(".css"));
    }

    /** Web resource key to the keys of the app's web resources it depends on. */
    static Map<String, List<String>> dependencies() throws Exception {
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        try (InputStream in = WebAssetSizeTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList modules = factory.newDocumentBuilder().parse(in).getElementsByTagName("web-resource");
            for (int i = 0; i < modules.getLength(); i++) {
                Element module = (Element) modules.item(i);
                List<String> own = new ArrayList<>();
                NodeList deps = module.getElementsByTagName("dependency");
                for (int j = 0; j < deps.getLength(); j++) {
                    String reference = deps.item(j).getTextContent().trim();
                    if (reference.startsWith("${atlassian.plugin.key}:")
                            || reference.startsWith(WebResourceKeys.PLUGIN_KEY)) {
                        own.add(reference.substring(reference.lastIndexOf(':') + 1));
                    }
                }
                dependencies.put(module.getAttribute("key"), own);
            }
        }
        return dependencies;
    }

    private static void collect(String key, Map<String, List<String>> dependencies, Set<String> into) {
        if (into.add(key)) {
            dependencies.getOrDefault(key, List.of()).forEach(dependency -> collect(dependency, dependencies, into));
        }
    }

    @Test
    void givenEachPage_itsOwnJsAndCssGzippedOneByOne_stayUnder60Kb() throws Exception {
        List<WebAssetsTest.Download> downloads = WebAssetsTest.appDownloads();
        Map<String, List<String>> dependencies = dependencies();
        int total = 0;
        int files = 0;
        for (WebAssetsTest.Download download : downloads) {
            if (counted(download.location())) {
                total += gzipped(WebTemplates.text(download.location()).getBytes(StandardCharsets.UTF_8));
                files++;
            }
        }
        Map<String, Integer> perPage = new LinkedHashMap<>();
        for (String page : PAGES) {
            Set<String> modules = new LinkedHashSet<>();
            collect(page, dependencies, modules);
            int size = 0;
            for (WebAssetsTest.Download download : downloads) {
                if (modules.contains(download.module()) && counted(download.location())) {
                    size += gzipped(WebTemplates.text(download.location()).getBytes(StandardCharsets.UTF_8));
                }
            }
            perPage.put(page, size);
        }
        byte[] chart = WebTemplates.text("js/vendor/chart.umd.min.js").getBytes(StandardCharsets.UTF_8);
        System.out.printf("Waypoint front end: %d own JS/CSS files, %,d bytes gzipped one by one in all; per page %s"
                + " (budget %,d each); chart library %,d bytes gzipped (not counted)%n", files, total, perPage,
                BUDGET_BYTES, gzipped(chart));

        assertThat(files).isGreaterThan(10);
        assertThat(perPage.keySet()).containsExactlyElementsOf(PAGES);
        perPage.forEach((page, size) -> assertThat(size).as("JS and CSS of %s, gzipped", page).isPositive()
                .isLessThan(BUDGET_BYTES));
    }
}
