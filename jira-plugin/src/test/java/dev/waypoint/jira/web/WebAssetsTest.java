package dev.waypoint.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The web resources of the surfaces as the descriptor declares them (code-style §3 rules 18-19): every text key the
 * JavaScript and the templates use exists in the bundle, every AJS.I18n.getText call has a literal key (Jira's
 * jsI18n transformer translates nothing else) and sits in a web resource with that transformer, every AMD module is
 * named after its file, and no JavaScript writes HTML (innerHTML, outerHTML, insertAdjacentHTML, document.write,
 * jQuery's html()) or uses eval.
 */
class WebAssetsTest {

    private static final Pattern LITERAL_GET_TEXT = Pattern.compile("I18n\\.getText\\(\\s*'([\\w.\\-]+)'");
    private static final Pattern ANY_GET_TEXT = Pattern.compile("I18n\\.getText\\(\\s*([^\\s])");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\$i18n\\.getText\\(\\s*[\"']([\\w.\\-]+)[\"']");
    private static final Pattern DEFINE = Pattern.compile("define\\('([\\w/\\-]+)'");
    private static final Pattern HTML_SINKS = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\.html\\(|\\beval\\(|new Function\\(");

    record Download(String module, boolean jsI18n, String location) {
    }

    static List<Download> appDownloads() throws Exception {
        List<Download> downloads = new ArrayList<>();
        try (InputStream in = WebAssetsTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList modules = factory.newDocumentBuilder().parse(in).getElementsByTagName("web-resource");
            for (int i = 0; i < modules.getLength(); i++) {
                Element module = (Element) modules.item(i);
                boolean jsI18n = module.getElementsByTagName("transformer").getLength() > 0
                        && "jsI18n".equals(((Element) module.getElementsByTagName("transformer").item(0))
                        .getAttribute("key"));
                NodeList resources = module.getElementsByTagName("resource");
                for (int j = 0; j < resources.getLength(); j++) {
                    Element resource = (Element) resources.item(j);
                    if ("download".equals(resource.getAttribute("type"))) {
                        downloads.add(new Download(module.getAttribute("key"), jsI18n,
                                resource.getAttribute("location").replaceFirst("^/", "")));
                    }
                }
            }
        }
        return downloads;
    }

    /** The app's own scripts (not the vendored chart library). */
    static Map<String, String> ownScripts() throws Exception {
        Map<String, String> scripts = new LinkedHashMap<>();
        for (Download download : appDownloads()) {
            if (download.location().endsWith(".js") && !download.location().startsWith("js/vendor/")) {
                scripts.put(download.location(), WebTemplates.text(download.location()));
            }
        }
        return scripts;
    }

    @Test
    void givenTheScriptsAndTemplates_everyTextKeyTheyUse_isInTheBundle() throws Exception {
        Properties bundle = WebTemplates.bundle();
        Set<String> missing = new TreeSet<>();
        for (String source : ownScripts().values()) {
            Matcher key = LITERAL_GET_TEXT.matcher(source);
            while (key.find()) {
                if (!bundle.containsKey(key.group(1))) {
                    missing.add(key.group(1));
                }
            }
        }
        for (String template : WebTemplates.ALL) {
            Matcher key = TEMPLATE_KEY.matcher(WebTemplates.text(template));
            while (key.find()) {
                if (!bundle.containsKey(key.group(1))) {
                    missing.add(key.group(1));
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void givenTheScripts_everyGetTextCall_hasALiteralKeyAndTheJsI18nTransformer() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Download download : appDownloads()) {
            if (!download.location().endsWith(".js") || download.location().startsWith("js/vendor/")) {
                continue;
            }
            Matcher call = ANY_GET_TEXT.matcher(WebTemplates.text(download.location()));
            while (call.find()) {
                if (!call.group(1).equals("'")) {
                    problems.add(download.location() + ": getText without a literal key");
                }
                if (!download.jsI18n()) {
                    problems.add(download.location() + ": getText in " + download.module() + " without jsI18n");
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void givenTheScripts_everyAmdModule_isNamedAfterItsFeatureAndDefinedOnce() throws Exception {
        Set<String> names = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        ownScripts().forEach((location, source) -> {
            Matcher define = DEFINE.matcher(source);
            while (define.find()) {
                if (!define.group(1).startsWith("waypoint/") || !names.add(define.group(1))) {
                    problems.add(location + " defines " + define.group(1));
                }
            }
        });

        assertThat(problems).isEmpty();
        assertThat(names).contains("waypoint/dom", "waypoint/format", "waypoint/rest", "waypoint/project/page",
                "waypoint/issue/panel");
    }

    @Test
    void givenTheScripts_noneWritesHtmlOrEvaluatesCode() throws Exception {
        List<String> sinks = new ArrayList<>();
        ownScripts().forEach((location, source) -> {
            Matcher sink = HTML_SINKS.matcher(source.replaceAll("(?m)^\\s*(\\*|//|/\\*).*$", ""));
            while (sink.find()) {
                sinks.add(location + ": " + sink.group());
            }
        });

        assertThat(sinks).isEmpty();
    }
}
