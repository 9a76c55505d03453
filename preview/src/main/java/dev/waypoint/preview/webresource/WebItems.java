package dev.waypoint.preview.webresource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The {@code <web-item>}s of an {@code atlassian-plugin.xml} that the preview's header shows as Jira's chrome would:
 * those of Jira's top navigation bar ({@value #TOP_NAVIGATION}) for every user, and the first of the app's section of
 * the administration ({@value #ADMIN_MENU}/...) as the administration link for Jira administrators.
 */
public final class WebItems {

    public static final String TOP_NAVIGATION = "system.top.navigation.bar";
    public static final String ADMIN_MENU = "admin_plugins_menu";

    /** A web-item: its section, the i18n key of its label, its link (context-relative), and its weight. */
    public record Item(String key, String section, String labelKey, String link, int weight) {

        public Item {
            Objects.requireNonNull(key, "'key' must not be null");
            Objects.requireNonNull(section, "'section' must not be null");
            Objects.requireNonNull(labelKey, "'labelKey' must not be null");
            Objects.requireNonNull(link, "'link' must not be null");
        }
    }

    private final List<Item> items;

    public WebItems(List<Item> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(Item::weight)).toList();
    }

    /** The web-items of the descriptor at {@code descriptor} on the classpath; none if there is no such file. */
    public static WebItems fromClasspath(ClassLoader loader, String descriptor) {
        try (InputStream in = loader.getResourceAsStream(descriptor)) {
            return in == null ? new WebItems(List.of()) : parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WebItems parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getDocumentElement().getElementsByTagName("web-item");
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element item = (Element) nodes.item(i);
                NodeList labels = item.getElementsByTagName("label");
                NodeList links = item.getElementsByTagName("link");
                if (labels.getLength() == 0 || links.getLength() == 0) {
                    continue;
                }
                String weight = item.getAttribute("weight");
                items.add(new Item(item.getAttribute("key"), item.getAttribute("section"),
                        ((Element) labels.item(0)).getAttribute("key"), links.item(0).getTextContent().trim(),
                        weight.isEmpty() ? 0 : Integer.parseInt(weight)));
            }
            return new WebItems(items);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot read the plugin descriptor's web-items", e);
        }
    }

    /** The items of Jira's top navigation bar, by weight. */
    public List<Item> topNavigation() {
        return items.stream().filter(item -> item.section().equals(TOP_NAVIGATION)).toList();
    }

    /** The app's items in the administration's app section, by weight. */
    public List<Item> administration() {
        return items.stream().filter(item -> item.section().startsWith(ADMIN_MENU + "/")).toList();
    }
}
