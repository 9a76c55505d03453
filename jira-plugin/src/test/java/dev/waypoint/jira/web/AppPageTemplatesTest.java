package dev.waypoint.jira.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app's own pages ({@link AppPage}): their webwork views render with Jira's escaping and strict references (every
 * i18n key exists), are whole pages that name their decorator, hold the regions their scripts fill and no script of
 * their own; the descriptor declares their actions with these views and the roles Jira checks, and the web resources
 * the actions require; "Configure" opens the admin page.
 */
class AppPageTemplatesTest {

    private static Element descriptor() throws Exception {
        try (InputStream in = AppPageTemplatesTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }

    @Test
    void givenTheAdminPage_rendering_isAWholePageForTheAdminDecoratorWithItsRegions() {
        String html = WebTemplates.render(WebTemplates.ADMIN_PAGE, null);

        assertThat(html).contains("<meta name=\"decorator\" content=\"admin\"/>")
                .contains("content=\"admin_plugins_menu/waypoint-admin-section\"")
                .contains("<title>Waypoint administration</title>")
                .contains("id=\"waypoint-admin-page\"").contains("data-state=\"loading\"")
                .contains("data-region=\"cycles\"").contains("data-region=\"settings\"")
                .contains("data-region=\"cycle-actions\"").doesNotContain("<script").doesNotContain("$");
    }

    @Test
    void givenTheCompanyPage_rendering_isAWholePageWithItsFiltersAndRegions() {
        String html = WebTemplates.render(WebTemplates.COMPANY_PAGE, null);

        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.general\"/>")
                .contains("id=\"waypoint-company-page\"").contains("id=\"waypoint-company-cycle\"")
                .contains("id=\"waypoint-company-search\"").contains("data-region=\"tree\"")
                .contains("data-region=\"kpi-tree\"").contains("placeholder=\"Objective title\"")
                .doesNotContain("<script").doesNotContain("$");
    }

    @Test
    void givenTheDescriptor_eachPage_isAWebworkActionWithItsViewRolesAndWebResource() throws Exception {
        Element root = descriptor();
        Map<String, Element> actions = new HashMap<>();
        NodeList list = root.getElementsByTagName("action");
        for (int i = 0; i < list.getLength(); i++) {
            Element action = (Element) list.item(i);
            actions.put(action.getAttribute("alias"), action);
        }
        Element admin = actions.get("WaypointAdmin");
        Element company = actions.get("WaypointCompany");

        assertThat(admin.getAttribute("name")).isEqualTo(WaypointAdminAction.class.getName());
        assertThat(admin.getAttribute("roles-required")).isEqualTo("admin");
        assertThat(admin.getElementsByTagName("view").item(0).getTextContent()).isEqualTo("/" + AppPage.ADMIN.template());
        assertThat(company.getAttribute("name")).isEqualTo(WaypointCompanyAction.class.getName());
        assertThat(company.getAttribute("roles-required")).isEqualTo("use");
        assertThat(company.getElementsByTagName("view").item(0).getTextContent())
                .isEqualTo("/" + AppPage.COMPANY.template());
        NodeList resources = root.getElementsByTagName("web-resource");
        Map<String, Boolean> keys = new HashMap<>();
        for (int i = 0; i < resources.getLength(); i++) {
            keys.put(WebResourceKeys.PLUGIN_KEY + ":" + ((Element) resources.item(i)).getAttribute("key"), true);
        }
        assertThat(keys).containsKeys(AppPage.ADMIN.webResource(), AppPage.COMPANY.webResource());
        NodeList params = root.getElementsByTagName("param");
        String configure = null;
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            if ("configure.url".equals(param.getAttribute("name"))) {
                configure = param.getTextContent().trim();
            }
        }
        assertThat(configure).isEqualTo(AppPage.ADMIN.path()).isEqualTo("/secure/admin/WaypointAdmin.jspa");
        assertThat(AppPage.COMPANY.path()).isEqualTo("/secure/WaypointCompany.jspa");
    }
}
