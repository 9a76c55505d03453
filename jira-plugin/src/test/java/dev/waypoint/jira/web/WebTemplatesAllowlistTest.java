package dev.waypoint.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Jira 10.5+ refuses template calls that are not in a {@code <velocity-allowlist>} (code-style §3 rule 17). Every
 * method the web templates call on {@code $model} must be listed for the template's view model, and every listed
 * method of the web view models must be called (no stale entries). The descriptor contract test checks that listed
 * methods exist.
 */
class WebTemplatesAllowlistTest {

    private static final Map<String, Class<?>> MODEL_OF = Map.of(
            WebTemplates.PROJECT_PAGE, ProjectPageModel.class,
            WebTemplates.ISSUE_PANEL, IssuePanelModel.class,
            WebTemplates.KPI_PAGE, KpiPageModel.class);
    private static final Pattern MODEL_CALL = Pattern.compile("\\$!?\\{?model\\.(\\w+)\\(\\)");
    private static final Pattern OTHER_REFERENCE = Pattern.compile("\\$!?\\{?(?!model\\b|i18n\\b)(\\w+)");

    static Set<String> allowListed() throws Exception {
        Set<String> methods = new TreeSet<>();
        try (InputStream in = WebTemplatesAllowlistTest.class.getClassLoader()
                .getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList lists = factory.newDocumentBuilder().parse(in).getElementsByTagName("velocity-allowlist");
            for (int i = 0; i < lists.getLength(); i++) {
                NodeList entries = ((Element) lists.item(i)).getElementsByTagName("method");
                for (int j = 0; j < entries.getLength(); j++) {
                    methods.add(entries.item(j).getTextContent().trim());
                }
            }
        }
        return methods;
    }

    static Set<String> calledByTemplates() {
        Set<String> calls = new TreeSet<>();
        MODEL_OF.forEach((template, model) -> {
            Matcher call = MODEL_CALL.matcher(WebTemplates.text(template));
            while (call.find()) {
                calls.add(model.getName() + "#" + call.group(1) + "()");
            }
        });
        return calls;
    }

    @Test
    void givenTheWebTemplates_everyModelMethodTheyCall_isAllowListed() throws Exception {
        assertThat(allowListed()).containsAll(calledByTemplates());
    }

    @Test
    void givenTheAllowlist_everyListedWebModelMethod_isCalledByATemplate() throws Exception {
        Set<String> listedForWeb = new TreeSet<>();
        for (String method : allowListed()) {
            if (method.startsWith(ProjectPage.class.getPackageName() + ".")) {
                listedForWeb.add(method);
            }
        }

        assertThat(calledByTemplates()).containsAll(listedForWeb);
    }

    @Test
    void givenTheWebTemplates_theyReferenceOnlyTheirModelAndI18n() {
        for (String template : WebTemplates.ALL) {
            String text = WebTemplates.text(template).replaceAll("(?m)^\\s*##.*$", "");
            Matcher reference = OTHER_REFERENCE.matcher(text);
            String other = reference.find() ? "$" + reference.group(1) : null;
            assertThat(other).as("a reference other than $model and $i18n in %s", template).isNull();
        }
    }

    /**
     * The dashboard items render in the browser (their AMD modules, from the REST read models), so they need no
     * allow-list entry; a Velocity template one of them declared would have to be one of the web templates whose calls
     * the tests above check against the allow-list.
     */
    @Test
    void givenTheDashboardItems_everyVelocityTemplateTheyDeclare_isCheckedAgainstTheAllowlist() throws Exception {
        List<String> declared = new ArrayList<>();
        int items = 0;
        try (InputStream in = WebTemplatesAllowlistTest.class.getClassLoader()
                .getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList dashboardItems = factory.newDocumentBuilder().parse(in).getElementsByTagName("dashboard-item");
            items = dashboardItems.getLength();
            for (int i = 0; i < dashboardItems.getLength(); i++) {
                NodeList resources = ((Element) dashboardItems.item(i)).getElementsByTagName("resource");
                for (int j = 0; j < resources.getLength(); j++) {
                    Element resource = (Element) resources.item(j);
                    if ("velocity".equals(resource.getAttribute("type"))) {
                        declared.add(resource.getAttribute("location").replaceFirst("^/", ""));
                    }
                }
            }
        }

        assertThat(items).as("dashboard items in the descriptor").isEqualTo(4);
        assertThat(MODEL_OF.keySet()).containsAll(declared);
    }

    /** Only for its package name. */
    private static final class ProjectPage {
    }
}
