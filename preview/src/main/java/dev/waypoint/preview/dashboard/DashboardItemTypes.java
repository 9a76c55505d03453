package dev.waypoint.preview.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The {@code <dashboard-item>} modules of a plugin descriptor (as packaged, i.e. filtered), in descriptor order. */
public record DashboardItemTypes(List<DashboardItemType> types) {

    public DashboardItemTypes {
        types = List.copyOf(types);
    }

    public Optional<DashboardItemType> find(String completeKey) {
        return types.stream().filter(type -> type.completeKey().equals(completeKey)).findFirst();
    }

    /** The items of the descriptor at {@code descriptor} on the classpath; none if there is no such file. */
    public static DashboardItemTypes fromClasspath(ClassLoader loader, String descriptor) {
        try (InputStream in = loader.getResourceAsStream(descriptor)) {
            return in == null ? new DashboardItemTypes(List.of()) : parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DashboardItemTypes parse(InputStream descriptor) {
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = factory.newDocumentBuilder().parse(descriptor).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read the plugin descriptor", e);
        }
        String pluginKey = root.getAttribute("key");
        List<DashboardItemType> types = new ArrayList<>();
        for (Element item : children(root, "dashboard-item")) {
            Element definition = child(item, "definition");
            Element categories = definition == null ? null : child(definition, "categories");
            Element author = definition == null ? null : child(definition, "author");
            Element thumbnail = definition == null ? null : child(definition, "thumbnail");
            Element title = definition == null ? null : child(definition, "title");
            Element description = child(item, "description");
            Element amd = child(item, "amd-module");
            if (amd == null || title == null) {
                throw new IllegalStateException("dashboard-item " + item.getAttribute("key")
                        + " has no <amd-module> or no <definition><title>");
            }
            types.add(new DashboardItemType(pluginKey + ":" + item.getAttribute("key"), amd.getTextContent().trim(),
                    "true".equals(item.getAttribute("configurable")), title.getAttribute("key"),
                    description == null ? null : description.getAttribute("key"),
                    categories == null ? List.of() : children(categories, "category").stream()
                            .map(c -> c.getTextContent().trim()).toList(),
                    author == null || child(author, "name") == null ? null
                            : child(author, "name").getTextContent().trim(),
                    thumbnail == null ? null : thumbnail.getAttribute("location")));
        }
        return new DashboardItemTypes(types);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }
}
