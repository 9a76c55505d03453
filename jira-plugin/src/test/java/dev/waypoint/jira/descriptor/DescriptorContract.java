package dev.waypoint.jira.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.Ignore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks an {@code atlassian-plugin.xml} against the code and resources it names, the way Jira would find out only at
 * install time: every class, template, downloadable resource, web resource, i18n key, AO entity and allow-listed
 * Velocity method must exist, every AO entity of the app must be declared, and AO names must fit Jira's 30-character
 * limit once prefixed; and every {@code <dashboard-item>} must fill the "Add gadget" directory (title, category,
 * author, a thumbnail that is a declared download) and name an AMD module that a script of the
 * {@code atl.dashboard} context defines. Returns the violations as readable sentences; an empty list means the
 * descriptor is sound.
 *
 * @param resources          tells whether a resource path (no leading slash) exists, e.g. on the test classpath
 * @param classLoader        loads the classes the descriptor names
 * @param declaredEntities   every AO entity interface the app has (found by scanning its ao package)
 * @param platformClasses    Jira-provided classes the descriptor may name that are not on this classpath
 */
public record DescriptorContract(Predicate<String> resources, ClassLoader classLoader,
        Set<Class<?>> declaredEntities, Set<String> platformClasses) {

    /** Jira's table prefix is {@code AO_} + 6 hex characters + {@code _}. */
    static final String SAMPLE_PREFIX = "AO_000000";
    private static final int MAX_ENTITY_PART = 20;
    private static final Pattern METHOD_SPEC = Pattern.compile("([\\w.$]+)#(\\w+)\\(([^)]*)\\)");

    public List<String> violations(InputStream descriptor) {
        Document document = parse(descriptor);
        Element root = document.getDocumentElement();
        String pluginKey = root.getAttribute("key");
        List<String> violations = new ArrayList<>();
        Properties bundle = checkI18nResources(root, violations);
        checkClasses(root, violations);
        checkResources(root, violations);
        checkWebResourceDependencies(root, pluginKey, violations);
        checkI18nKeys(root, bundle, violations);
        checkActiveObjects(root, violations);
        checkVelocityAllowlist(root, violations);
        checkDashboardItems(root, pluginKey, violations);
        return violations;
    }

    private Properties checkI18nResources(Element root, List<String> violations) {
        Properties bundle = new Properties();
        for (Element resource : elements(root, "resource")) {
            if (!"i18n".equals(resource.getAttribute("type"))) {
                continue;
            }
            String path = resource.getAttribute("location").replace('.', '/') + ".properties";
            if (!resources.test(path)) {
                violations.add("i18n bundle " + path + " does not exist");
                continue;
            }
            try (InputStream in = classLoader.getResourceAsStream(path)) {
                if (in != null) {
                    bundle.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundle;
    }

    private void checkClasses(Element root, List<String> violations) {
        for (Element element : elements(root, "*")) {
            String className = element.getAttribute("class");
            if (!className.isEmpty()) {
                requireClass(className, "<" + element.getTagName() + " class>", violations);
            }
        }
        for (Element element : elements(root, "upgradeTask")) {
            requireClass(element.getTextContent().trim(), "<upgradeTask>", violations);
        }
    }

    private void requireClass(String className, String where, List<String> violations) {
        if (platformClasses.contains(className)) {
            return;
        }
        try {
            Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            violations.add(where + " names class " + className + ", which does not exist");
        }
    }

    private void checkResources(Element root, List<String> violations) {
        for (Element resource : elements(root, "resource")) {
            String type = resource.getAttribute("type");
            if ("i18n".equals(type)) {
                continue;
            }
            String location = stripSlash(resource.getAttribute("location"));
            if (location.isEmpty() || location.endsWith("/")) {
                continue; // a directory download; its files are checked by their own tests
            }
            if (!resources.test(location)) {
                violations.add("<resource type=\"" + type + "\" name=\"" + resource.getAttribute("name")
                        + "\"> points at " + location + ", which does not exist");
            }
        }
    }

    private void checkWebResourceDependencies(Element root, String pluginKey, List<String> violations) {
        Set<String> webResources = new HashSet<>();
        for (Element webResource : elements(root, "web-resource")) {
            webResources.add(webResource.getAttribute("key"));
        }
        for (Element dependency : elements(root, "dependency")) {
            String reference = dependency.getTextContent().trim();
            int colon = reference.lastIndexOf(':');
            if (colon < 0) {
                violations.add("web-resource dependency '" + reference + "' is not of the form plugin-key:resource-key");
                continue;
            }
            if (reference.substring(0, colon).equals(pluginKey)
                    && !webResources.contains(reference.substring(colon + 1))) {
                violations.add("web-resource dependency " + reference + " names a web resource that does not exist");
            }
        }
    }

    private void checkI18nKeys(Element root, Properties bundle, List<String> violations) {
        for (Element element : elements(root, "*")) {
            String key = element.getAttribute("i18n-name-key");
            if (!key.isEmpty() && !bundle.containsKey(key)) {
                violations.add("i18n key " + key + " (i18n-name-key of <" + element.getTagName() + ">) is missing");
            }
            boolean textElement = List.of("label", "description", "title", "tooltip", "name")
                    .contains(element.getTagName());
            String textKey = element.getAttribute("key");
            if (textElement && !textKey.isEmpty() && !bundle.containsKey(textKey)) {
                violations.add("i18n key " + textKey + " (of <" + element.getTagName() + ">) is missing");
            }
        }
    }

    private void checkActiveObjects(Element root, List<String> violations) {
        Set<Class<?>> listed = new HashSet<>();
        for (Element entity : elements(root, "entity")) {
            String name = entity.getTextContent().trim();
            try {
                Class<?> type = Class.forName(name, false, classLoader);
                if (!RawEntity.class.isAssignableFrom(type) || !type.isInterface()) {
                    violations.add("<entity> " + name + " is not an Active Objects entity interface");
                    continue;
                }
                listed.add(type);
                checkNames(type, violations);
            } catch (ClassNotFoundException e) {
                violations.add("<entity> " + name + " does not exist");
            }
        }
        for (Class<?> entity : declaredEntities) {
            if (!listed.contains(entity)) {
                violations.add("AO entity " + entity.getName() + " is not listed in <ao>");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkNames(Class<?> type, List<String> violations) {
        Class<? extends RawEntity<?>> entity = (Class<? extends RawEntity<?>>) type;
        String table;
        try {
            table = new AtlassianTableNameConverter(name -> SAMPLE_PREFIX + "_" + name).getName(entity);
        } catch (RuntimeException e) {
            violations.add("AO table name of " + type.getName() + " is too long: " + e.getMessage());
            return;
        }
        String entityPart = table.substring(SAMPLE_PREFIX.length() + 1);
        if (entityPart.length() > MAX_ENTITY_PART) {
            violations.add("AO table name of " + type.getName() + " has an entity part of " + entityPart.length()
                    + " characters (" + entityPart + "); at most " + MAX_ENTITY_PART + " fit after the prefix");
        }
        AtlassianFieldNameConverter fields = new AtlassianFieldNameConverter();
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.isAnnotationPresent(Ignore.class)
                    || method.getDeclaringClass().getName().startsWith("net.java.ao.")) {
                continue;
            }
            try {
                String column = fields.getName(method);
                if (column != null && column.length() > 30) {
                    violations.add("AO column " + column + " of " + type.getName() + " is longer than 30 characters");
                }
            } catch (RuntimeException e) {
                violations.add("AO column of " + type.getName() + "#" + method.getName() + " is too long: "
                        + e.getMessage());
            }
        }
    }

    private void checkVelocityAllowlist(Element root, List<String> violations) {
        for (Element allowlist : elements(root, "velocity-allowlist")) {
            for (Element method : elements(allowlist, "method")) {
                String spec = method.getTextContent().trim();
                Matcher matcher = METHOD_SPEC.matcher(spec);
                if (!matcher.matches()) {
                    violations.add("velocity-allowlist method '" + spec + "' is not of the form Class#method(args)");
                    continue;
                }
                if (!methodExists(matcher.group(1), matcher.group(2), matcher.group(3))) {
                    violations.add("velocity-allowlist method " + spec + " does not exist");
                }
            }
        }
    }

    /** The web-resource context Jira loads on dashboards, where dashboard items' AMD modules must be defined. */
    static final String DASHBOARD_CONTEXT = "atl.dashboard";

    private void checkDashboardItems(Element root, String pluginKey, List<String> violations) {
        Set<String> downloads = new HashSet<>();
        Set<String> dashboardScripts = new HashSet<>();
        for (Element webResource : elements(root, "web-resource")) {
            boolean onDashboards = elements(webResource, "context").stream()
                    .anyMatch(context -> DASHBOARD_CONTEXT.equals(context.getTextContent().trim()));
            for (Element resource : elements(webResource, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    downloads.add("/download/resources/" + pluginKey + ":" + webResource.getAttribute("key") + "/"
                            + resource.getAttribute("name"));
                    String location = stripSlash(resource.getAttribute("location"));
                    if (onDashboards && location.endsWith(".js")) {
                        dashboardScripts.add(location);
                    }
                }
            }
        }
        Set<String> modules = new HashSet<>();
        for (String script : dashboardScripts) {
            Matcher define = AMD_DEFINE.matcher(text(script));
            while (define.find()) {
                modules.add(define.group(1));
            }
        }
        for (Element item : elements(root, "dashboard-item")) {
            String name = "<dashboard-item key=\"" + item.getAttribute("key") + "\">";
            Element definition = elements(item, "definition").stream().findFirst().orElse(null);
            if (definition == null) {
                violations.add(name + " has no <definition> for the gadget directory");
                continue;
            }
            if (elements(definition, "title").stream().noneMatch(t -> !t.getAttribute("key").isEmpty())) {
                violations.add(name + " has no <definition><title key>");
            }
            if (elements(definition, "category").stream().noneMatch(c -> !c.getTextContent().isBlank())) {
                violations.add(name + " has no <definition><categories><category>");
            }
            if (elements(definition, "name").stream().noneMatch(n -> !n.getTextContent().isBlank())) {
                violations.add(name + " has no <definition><author><name>");
            }
            String thumbnail = elements(definition, "thumbnail").stream().map(t -> t.getAttribute("location"))
                    .findFirst().orElse("");
            if (!downloads.contains(thumbnail)) {
                violations.add(name + " has a thumbnail '" + thumbnail + "' that is no declared download");
            }
            String amd = elements(item, "amd-module").stream().map(a -> a.getTextContent().trim()).findFirst()
                    .orElse("");
            if (!modules.contains(amd)) {
                violations.add(name + " names AMD module '" + amd + "', which no script of the " + DASHBOARD_CONTEXT
                        + " context defines");
            }
        }
    }

    private static final Pattern AMD_DEFINE = Pattern.compile("define\\(\\s*'([^']+)'");

    private String text(String location) {
        try (InputStream in = classLoader.getResourceAsStream(location)) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean methodExists(String className, String methodName, String parameterList) {
        if (platformClasses.contains(className)) {
            return true;
        }
        List<String> parameters = parameterList.isBlank() ? List.of()
                : Arrays.stream(parameterList.split(",")).map(String::trim).toList();
        try {
            Class<?> type = Class.forName(className, false, classLoader);
            return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(methodName)
                    && Arrays.stream(m.getParameterTypes()).map(Class::getName).toList().equals(parameters));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static Document parse(InputStream descriptor) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(descriptor);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("atlassian-plugin.xml is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
