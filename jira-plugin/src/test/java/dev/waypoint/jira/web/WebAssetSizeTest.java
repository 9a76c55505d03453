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
 * The budget of the app's own front end, per page: the JavaScript and CSS a page loads (its web resource and the app's
 * web resources it depends on), each file gzipped as a server sends it, under 60 KB. The chart library (vendored from
 * npm) and AUI (Jira's) are not counted; the chart library's size is printed. Since issue 13 the budget is per page,
 * not for every file of the app at once: a page never loads another page's scripts.
 */
class WebAssetSizeTest {

    static final int BUDGET_BYTES = 60 * 1024;
    static final List<String> PAGES = List.of("waypoint-project-page", "waypoint-issue-panel",
            "waypoint-dashboard-items");

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

    /** The app's web resources: their own dependencies on other app web resources, by key. */
    static Map<String, List<String>> dependencies() throws Exception {
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        try (InputStream in = WebAssetSizeTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList modules = factory.newDocumentBuilder().parse(in).getElementsByTagName("web-resource");
            for (int i = 0; i < modules.getLength(); i++) {
                Element module = (Element) modules.item(i);
                List<String> own = new ArrayList<>();
                NodeList found = module.getElementsByTagName("dependency");
                for (int j = 0; j < found.getLength(); j++) {
                    String dependency = found.item(j).getTextContent().trim();
                    if (!dependency.startsWith("com.atlassian.")) {
                        own.add(dependency.substring(dependency.indexOf(':') + 1));
                    }
                }
                dependencies.put(module.getAttribute("key"), own);
            }
        }
        return dependencies;
    }

    /** The web resources a page loads: its own and, first, those it depends on, each once. */
    static Set<String> loadedBy(String page, Map<String, List<String>> dependencies) {
        Set<String> loaded = new LinkedHashSet<>();
        for (String dependency : dependencies.getOrDefault(page, List.of())) {
            loaded.addAll(loadedBy(dependency, dependencies));
        }
        loaded.add(page);
        return loaded;
    }

    @Test
    void givenEachPage_itsOwnJsAndCssGzippedOneByOne_stayUnder60Kb() throws Exception {
        Map<String, List<String>> dependencies = dependencies();
        List<WebAssetsTest.Download> downloads = WebAssetsTest.appDownloads();
        for (String page : PAGES) {
            Set<String> modules = loadedBy(page, dependencies);
            int raw = 0;
            int total = 0;
            int files = 0;
            for (WebAssetsTest.Download download : downloads) {
                String location = download.location();
                if (!modules.contains(download.module()) || location.startsWith("js/vendor/")
                        || !(location.endsWith(".js") || location.endsWith(".css"))) {
                    continue;
                }
                byte[] content = WebTemplates.text(location).getBytes(StandardCharsets.UTF_8);
                raw += content.length;
                total += gzipped(content);
                files++;
            }
            System.out.printf("Waypoint front end of %s (%s): %d own JS/CSS files, %,d bytes, %,d bytes gzipped one by"
                    + " one (budget %,d)%n", page, String.join(", ", modules), files, raw, total, BUDGET_BYTES);

            assertThat(files).as(page).isGreaterThan(2);
            assertThat(total).as("%s gzipped", page).isLessThan(BUDGET_BYTES);
        }
        byte[] chart = WebTemplates.text("js/vendor/chart.umd.min.js").getBytes(StandardCharsets.UTF_8);
        System.out.printf("Chart library %,d bytes, %,d bytes gzipped (not counted)%n", chart.length, gzipped(chart));
    }
}
