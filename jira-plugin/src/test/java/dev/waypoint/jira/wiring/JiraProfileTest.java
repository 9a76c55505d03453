package dev.waypoint.jira.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Profile {@code jira} (the installable app, built with the Atlassian Plugin SDK) cannot be built here: its BOM imports
 * and AMPS come from packages.atlassian.com, so not even {@code mvn help:effective-pom -Pjira} resolves offline. What can
 * be checked without them is checked here: both POMs parse, every property the profile uses is defined, every BOM
 * import is an import of a POM with a version, every Atlassian dependency is provided and every dependency, BOM import
 * and plugin of the profile says where it comes from (an XML comment right before it), and every Atlassian class the
 * app links against ({@code platform-stubs/linked-api.txt}) comes from an artifact the profile declares.
 */
class JiraProfileTest {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /**
     * Stub artifacts that profile jira provides through another one. atlassian-plugins-webresource is what Atlassian's
     * own Jira 11 app declares to compile against PageBuilderService (see the profile); it brings its API jar along
     * (UNVERIFIED: the dependency between the two is assumed, not seen in a POM).
     */
    private static final Map<String, String> PROVIDED_THROUGH = Map.of(
            "com.atlassian.plugins:atlassian-plugins-webresource-api", "com.atlassian.plugins:atlassian-plugins-webresource");

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static Element jiraProfile(Document pom) {
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if ("jira".equals(child(profile, "id").getTextContent().strip())) {
                return profile;
            }
        }
        throw new AssertionError("jira-plugin/pom.xml has no profile jira");
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? null : child.getTextContent().strip();
    }

    private static List<Element> elements(Element root, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** Whether the element is preceded (across whitespace) by an XML comment. */
    private static boolean commented(Element element) {
        for (Node node = element.getPreviousSibling(); node != null; node = node.getPreviousSibling()) {
            if (node.getNodeType() == Node.COMMENT_NODE) {
                return true;
            }
            if (node.getNodeType() != Node.TEXT_NODE || !node.getTextContent().isBlank()) {
                return false;
            }
        }
        return false;
    }

    private static Set<String> properties(Document pom) {
        Set<String> names = new HashSet<>();
        Element properties = child(pom.getDocumentElement(), "properties");
        for (Node node = properties.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                names.add(element.getTagName());
            }
        }
        return names;
    }

    private static Path root() {
        return LinkedApiManifestTest.repositoryRoot();
    }

    @Test
    void givenProfileJira_everyPropertyItUses_isDefined() throws Exception {
        Document parent = parse(root().resolve("pom.xml"));
        Document plugin = parse(root().resolve("jira-plugin/pom.xml"));
        Set<String> defined = new HashSet<>(properties(parent));
        defined.addAll(properties(plugin));
        Element profile = jiraProfile(plugin);
        for (Node node = child(profile, "properties").getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                defined.add(element.getTagName());
            }
        }

        Set<String> undefined = new TreeSet<>();
        Matcher matcher = PROPERTY.matcher(profile.getTextContent());
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!defined.contains(name) && !name.startsWith("project.")) {
                undefined.add(name);
            }
        }

        assertThat(undefined).as("properties used by profile jira but defined in neither POM").isEmpty();
    }

    @Test
    void givenProfileJira_everyBomImportAndAtlassianDependency_isWellFormedProvidedAndCited() throws Exception {
        Element profile = jiraProfile(parse(root().resolve("jira-plugin/pom.xml")));
        List<String> problems = new ArrayList<>();

        Element management = child(profile, "dependencyManagement");
        if (!commented(management)) {
            problems.add("the BOM imports (dependencyManagement) say nowhere which app imports them");
        }
        for (Element bom : elements(management, "dependency")) {
            String id = text(bom, "groupId") + ":" + text(bom, "artifactId");
            if (!"pom".equals(text(bom, "type")) || !"import".equals(text(bom, "scope")) || text(bom, "version") == null) {
                problems.add(id + " must be an import of a POM, with a version");
            }
        }
        Element dependencies = child(profile, "dependencies");
        for (Node node = dependencies.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element dependency) {
                String id = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
                if (!commented(dependency)) {
                    problems.add(id + " has no comment citing where its version comes from");
                }
                if (id.startsWith("com.atlassian") && !"provided".equals(text(dependency, "scope"))) {
                    problems.add(id + " must be provided: Jira has it at run time");
                }
            }
        }
        for (Element plugin : elements(child(profile, "build"), "plugin")) {
            if (!commented(plugin)) {
                problems.add(text(plugin, "artifactId") + " (plugin) has no comment citing its source");
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void givenTheLinkedApi_everyClassComesFromAnArtifactProfileJiraDeclares() throws Exception {
        Element profile = jiraProfile(parse(root().resolve("jira-plugin/pom.xml")));
        Set<String> declared = new HashSet<>();
        for (Node node = child(profile, "dependencies").getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element dependency) {
                declared.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
            }
        }
        Pattern artifact = Pattern.compile("\\((com\\.atlassian[a-z.]*:[a-z0-9.-]+)\\)");

        Set<String> missing = new TreeSet<>();
        for (String line : Files.readAllLines(LinkedApiManifestTest.manifestFile())) {
            if (line.startsWith("#") || !line.contains("\tclass\t")) {
                continue;
            }
            String type = line.substring(0, line.indexOf('\t'));
            String outer = type.contains("$") ? type.substring(0, type.indexOf('$')) : type;
            String header = String.join(" ", Files.readAllLines(LinkedApiManifestTest.stubSources()
                    .resolve(outer.replace('.', '/') + ".java")).subList(0, 2));
            Matcher matcher = artifact.matcher(header);
            String from = matcher.find() ? matcher.group(1) : "(no artifact in the stub's header)";
            if (!declared.contains(PROVIDED_THROUGH.getOrDefault(from, from))) {
                missing.add(type + " from " + from);
            }
        }

        assertThat(missing).as("linked classes whose artifact profile jira does not declare").isEmpty();
    }
}
