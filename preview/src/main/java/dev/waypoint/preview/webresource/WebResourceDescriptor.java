package dev.waypoint.preview.webresource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads the {@code <web-resource>} modules of an {@code atlassian-plugin.xml} (as packaged, i.e. filtered). */
public final class WebResourceDescriptor {

    private WebResourceDescriptor() {
    }

    public static WebResources parse(InputStream descriptor) {
        Element root = document(descriptor).getDocumentElement();
        String pluginKey = root.getAttribute("key");
        Map<String, WebResource> modules = new LinkedHashMap<>();
        for (Element module : children(root, "web-resource")) {
            String key = module.getAttribute("key");
            List<String> dependencies = new ArrayList<>();
            children(module, "dependency").forEach(dependency -> dependencies.add(dependency.getTextContent().trim()));
            List<WebResource.Download> downloads = new ArrayList<>();
            for (Element resource : children(module, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    downloads.add(new WebResource.Download(resource.getAttribute("name"),
                            resource.getAttribute("location")));
                }
            }
            List<String> contexts = new ArrayList<>();
            children(module, "context").forEach(context -> contexts.add(context.getTextContent().trim()));
            if (modules.put(key, new WebResource(key, dependencies, downloads, hasJsI18n(module), contexts)) != null) {
                throw new IllegalArgumentException("web-resource key '" + key + "' is declared twice");
            }
        }
        return new WebResources(pluginKey, modules);
    }

    private static boolean hasJsI18n(Element module) {
        for (Element transformation : children(module, "transformation")) {
            if ("js".equals(transformation.getAttribute("extension"))) {
                for (Element transformer : children(transformation, "transformer")) {
                    if ("jsI18n".equals(transformer.getAttribute("key"))) {
                        return true;
                    }
                }
            }
        }
        return false;
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

    private static Document document(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read the plugin descriptor", e);
        }
    }
}
