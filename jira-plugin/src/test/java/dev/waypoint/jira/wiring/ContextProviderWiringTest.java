package dev.waypoint.jira.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Jira builds the classes the descriptor names in {@code <context-provider>} and {@code <condition>} with the plugin's
 * Spring context: every constructor parameter of them needs exactly one candidate among its beans, like the beans'
 * ({@link WiringContractTest}).
 */
class ContextProviderWiringTest {

    static List<Class<?>> descriptorClasses() throws Exception {
        List<Class<?>> classes = new ArrayList<>();
        try (InputStream in = ContextProviderWiringTest.class.getClassLoader()
                .getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var document = factory.newDocumentBuilder().parse(in);
            for (String tag : List.of("context-provider", "condition")) {
                NodeList nodes = document.getElementsByTagName(tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    String name = ((Element) nodes.item(i)).getAttribute("class");
                    if (name.startsWith("dev.waypoint.")) {
                        classes.add(Class.forName(name));
                    }
                }
            }
        }
        return classes;
    }

    @Test
    void givenTheDescriptorsContextProviders_checking_everyConstructorParameterHasExactlyOneCandidate()
            throws Exception {
        PluginContext context = WiringContractTest.appContext();

        assertThat(descriptorClasses()).as("context providers in the descriptor").isNotEmpty();
        assertThat(new WiringContract(context.beans(), descriptorClasses()).violations()).isEmpty();
    }
}
