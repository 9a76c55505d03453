package dev.waypoint.jira.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.waypoint.jira.platform.ComponentImports;
import jakarta.inject.Named;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app's Spring wiring, as Jira would build it: beans of plugin-context.xml (core services, AO repositories),
 * classes annotated {@code @Named} (found by Spring Scanner), OSGi imports of {@link ComponentImports}, and the REST
 * resources the REST module constructs. Every constructor parameter must have exactly one provider.
 */
class WiringContractTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.waypoint.jira");

    static List<Class<?>> declaredBeans() throws Exception {
        List<Class<?>> beans = new ArrayList<>();
        try (InputStream in = WiringContractTest.class.getClassLoader()
                .getResourceAsStream("META-INF/spring/plugin-context.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(in).getElementsByTagName("bean");
            for (int i = 0; i < nodes.getLength(); i++) {
                beans.add(Class.forName(((Element) nodes.item(i)).getAttribute("class")));
            }
        }
        return beans;
    }

    static List<Class<?>> scannedComponents() {
        return APP.stream().filter(c -> c.isAnnotatedWith(Named.class) || c.isAnnotatedWith(Component.class))
                .map(JavaClass::reflect)
                .<Class<?>>map(c -> c).toList();
    }

    static List<Class<?>> restResources() {
        return APP.stream().filter(c -> c.getPackageName().startsWith("dev.waypoint.jira.rest"))
                .filter(c -> c.isAnnotatedWith(Path.class) && c.isTopLevelClass()).map(JavaClass::reflect)
                .<Class<?>>map(c -> c).toList();
    }

    static List<Class<?>> importedServices() {
        List<Class<?>> imports = new ArrayList<>();
        for (Field field : ComponentImports.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(ComponentImport.class)) {
                imports.add(field.getType());
            }
        }
        return imports;
    }

    @Test
    void givenTheAppsWiring_checking_everyConstructorParameterHasExactlyOneProvider() throws Exception {
        List<Class<?>> providers = new ArrayList<>(declaredBeans());
        providers.addAll(scannedComponents());
        providers.addAll(importedServices());
        List<Class<?>> consumers = new ArrayList<>(declaredBeans());
        consumers.addAll(scannedComponents());
        consumers.addAll(restResources());
        consumers.removeIf(c -> c == java.time.Clock.class);

        assertThat(new WiringContract(providers, consumers).violations()).isEmpty();
        assertThat(restResources()).as("REST resources found").isNotEmpty();
    }

    /** Deliberately broken wirings: the contract must name the problem. */
    @Nested
    class GivenBrokenWiring {

        @Test
        void missingProvider_isReported() {
            assertThat(new WiringContract(List.of(), List.of(Needy.class)).violations()).singleElement()
                    .asString().contains("nothing provides").contains(Dependency.class.getName());
        }

        @Test
        void twoProvidersOfOneType_isReported() {
            assertThat(new WiringContract(List.of(ProviderA.class, ProviderB.class), List.of(Needy.class))
                    .violations()).singleElement().asString().contains("several match");
        }

        @Test
        void twoPublicConstructors_isReported() {
            assertThat(new WiringContract(List.of(ProviderA.class), List.of(TwoWays.class)).violations())
                    .singleElement().asString().contains("exactly one public");
        }

        @Test
        void oneProvider_isAccepted() {
            assertThat(new WiringContract(List.of(ProviderA.class), List.of(Needy.class)).violations()).isEmpty();
        }
    }

    interface Dependency {
    }

    static final class ProviderA implements Dependency {
    }

    static final class ProviderB implements Dependency {
    }

    static final class Needy {
        public Needy(Dependency dependency) {
        }
    }

    static final class TwoWays {
        public TwoWays() {
        }

        public TwoWays(Dependency dependency) {
        }
    }
}
