package dev.waypoint.jira.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.waypoint.jira.wiring.WiringContract.Bean;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The app's Spring wiring, as Jira's plugin system would build it ({@link PluginContext}, {@link SpringScanner}): the
 * beans of plugin-context.xml (core services, AO repositories), the components Spring Scanner indexes, the OSGi imports
 * of {@code @ComponentImport}, named by Spring Scanner's rules; and the classes constructed with them, REST resources and
 * providers included. No bean name may be given twice, no component-like class may be left out of the index, and every
 * constructor parameter must have exactly one candidate.
 */
class WiringContractTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.waypoint.jira");

    static PluginContext appContext() throws Exception {
        try (InputStream xml = WiringContractTest.class.getClassLoader()
                .getResourceAsStream("META-INF/spring/plugin-context.xml")) {
            return PluginContext.of(APP, xml);
        }
    }

    /** What the REST module constructs with the plugin's context: the resources and the providers of the package. */
    static List<Class<?>> restClasses() {
        return APP.stream().filter(c -> c.getPackageName().startsWith("dev.waypoint.jira.rest"))
                .filter(c -> c.isTopLevelClass() && (c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(Provider.class)))
                .map(JavaClass::reflect).<Class<?>>map(c -> c).toList();
    }

    @Test
    void givenTheAppsWiring_applyingSpringScannersRules_everyBeanIsNamedOnceAndEveryInjectionPointHasOneCandidate()
            throws Exception {
        PluginContext context = appContext();

        assertThat(context.violations(restClasses())).isEmpty();
        assertThat(context.components()).as("components found").isNotEmpty();
        assertThat(context.beans()).as("imports found").anyMatch(b -> b.origin().startsWith("@ComponentImport"));
        assertThat(restClasses()).as("REST resources found").anyMatch(c -> c.isAnnotationPresent(Path.class));
    }

    /** Deliberately broken wirings: the contract must name the problem. */
    @Nested
    class GivenBrokenWiring {

        private PluginContext context(String beansXml, Class<?>... classes) throws Exception {
            String xml = "<beans xmlns=\"http://www.springframework.org/schema/beans\">" + beansXml + "</beans>";
            return PluginContext.of(new ClassFileImporter().importClasses(classes),
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void twoUnnamedImportsOfTypesWithOneSimpleName_areReportedAsOneNameForTwoBeans() throws Exception {
            List<String> violations = context("", UnnamedUserManagers.class).violations(List.of());

            assertThat(violations).singleElement().asString().contains("bean name 'userManager' is given to 2 beans")
                    .contains("com.atlassian.jira.user.util.UserManager").contains("com.atlassian.sal.api.user.UserManager");
        }

        @Test
        void importsNamedApart_areAccepted() throws Exception {
            PluginContext context = context("", NamedUserManagers.class);

            assertThat(context.violations(List.of())).isEmpty();
            assertThat(context.beans()).extracting(Bean::name).containsExactlyInAnyOrder("jiraUserManager",
                    "salUserManager");
        }

        @Test
        void aComponentNamedLikeABeanOfPluginContextXml_isReported() throws Exception {
            List<String> violations = context("<bean id=\"permissions\" class=\"" + ProviderA.class.getName() + "\"/>",
                    PermissionsComponent.class).violations(List.of());

            assertThat(violations).singleElement().asString().contains("bean name 'permissions' is given to 2 beans");
        }

        @Test
        void aClassDeclaredInPluginContextXmlAndScannedUnderTheSameName_isOneBean() throws Exception {
            PluginContext context = context("<bean id=\"wiringContractTest.ScannedAndDeclared\" class=\""
                    + ScannedAndDeclared.class.getName() + "\"/>", ScannedAndDeclared.class);

            assertThat(context.violations(List.of())).isEmpty();
        }

        @Test
        void aClassAnnotatedWithJakartaNamed_isReportedAsNotIndexed() throws Exception {
            List<String> violations = context("", JakartaNamed.class).violations(List.of());

            assertThat(violations).singleElement().asString().contains(JakartaNamed.class.getName())
                    .contains("@jakarta.inject.Named, which Spring Scanner does not index");
        }

        @Test
        void aComponentWithoutName_isNamedAsSpringScannerDecapitalisesIt() throws Exception {
            PluginContext context = context("", URLReader.class, JiraI18nLike.class, ScannedAndDeclared.class);

            assertThat(context.beans()).extracting(Bean::name).containsExactlyInAnyOrder("URLReader", "jiraI18nLike",
                    "wiringContractTest.ScannedAndDeclared");
        }

        @Test
        void aParameterWithTwoCandidates_isReported() {
            List<String> violations = WiringContract.ofTypes(List.of(ProviderA.class, ProviderB.class),
                    List.of(Needy.class)).violations();

            assertThat(violations).singleElement().asString().contains("several match").contains("@Qualifier");
        }

        @Test
        void aQualifierPickingOneOfTwo_isAccepted() {
            List<Bean> beans = List.of(new Bean("a", ProviderA.class, "test"), new Bean("b", ProviderB.class, "test"));

            assertThat(new WiringContract(beans, List.of(QualifiedNeedy.class)).violations()).isEmpty();
        }

        @Test
        void aQualifierNamingABeanOfAnotherType_isReported() {
            List<Bean> beans = List.of(new Bean("a", ProviderA.class, "test"), new Bean("b", String.class, "test"));

            assertThat(new WiringContract(beans, List.of(QualifiedNeedy.class)).violations()).singleElement()
                    .asString().contains("named 'b', which nothing provides").contains("java.lang.String");
        }

        @Test
        void aParameterWithoutCandidate_isReported() {
            assertThat(WiringContract.ofTypes(List.of(), List.of(Needy.class)).violations()).singleElement()
                    .asString().contains("nothing provides").contains(Dependency.class.getName());
        }

        @Test
        void twoPublicConstructors_isReported() {
            assertThat(WiringContract.ofTypes(List.of(ProviderA.class), List.of(TwoWays.class)).violations())
                    .singleElement().asString().contains("exactly one public");
        }

        @Test
        void oneCandidate_isAccepted() {
            assertThat(WiringContract.ofTypes(List.of(ProviderA.class), List.of(Needy.class)).violations()).isEmpty();
        }
    }

    interface Dependency {
    }

    public static final class ProviderA implements Dependency {
    }

    public static final class ProviderB implements Dependency {
    }

    static final class Needy {
        public Needy(Dependency dependency) {
        }
    }

    static final class QualifiedNeedy {
        public QualifiedNeedy(@Qualifier("b") Dependency dependency) {
        }
    }

    static final class TwoWays {
        public TwoWays() {
        }

        public TwoWays(Dependency dependency) {
        }
    }

    @SuppressWarnings("unused")
    static final class UnnamedUserManagers {
        @ComponentImport
        private com.atlassian.jira.user.util.UserManager jira;
        @ComponentImport
        private com.atlassian.sal.api.user.UserManager sal;
    }

    @SuppressWarnings("unused")
    static final class NamedUserManagers {
        @ComponentImport("jiraUserManager")
        private com.atlassian.jira.user.util.UserManager jira;
        @ComponentImport("salUserManager")
        private com.atlassian.sal.api.user.UserManager sal;
    }

    @Component("permissions")
    public static final class PermissionsComponent {
    }

    @Component
    public static final class ScannedAndDeclared {
    }

    @jakarta.inject.Named
    public static final class JakartaNamed {
    }
}

/** A top-level component whose name starts with two capitals: Introspector.decapitalize keeps it. */
@Component
final class URLReader {
}

/** A top-level component: its name is the simple name with a lower-case first letter. */
@Component
final class JiraI18nLike {
}
