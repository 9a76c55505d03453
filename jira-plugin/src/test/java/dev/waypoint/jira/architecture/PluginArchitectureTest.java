package dev.waypoint.jira.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.waypoint.access.KpiPermissions;
import dev.waypoint.access.OkrPermissions;
import dev.waypoint.access.Permissions;
import dev.waypoint.jira.platform.ComponentImports;
import dev.waypoint.jira.rest.offender.PermissionOffender;
import dev.waypoint.jira.rest.offender.RestOffender;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.Test;

/** The adapter rules of code-style §3 (rules 3, 5, 9, 14), checked on the app's production classes. */
class PluginArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.waypoint.jira");

    static final ArchRule IMPORTS_LIVE_IN_ONE_CLASS = fields()
            .that().areAnnotatedWith(ComponentImport.class)
            .should().beDeclaredIn(ComponentImports.class)
            .allowEmptyShould(true)
            .because("every OSGi import is declared once, in ComponentImports");

    static final ArchRule NO_COMPONENT_ACCESSOR = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
            .because("constructor injection only");

    static final ArchRule ENTITIES_STAY_IN_AO = classes()
            .that().areAssignableTo(RawEntity.class)
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("dev.waypoint.jira.ao..")
            .allowEmptyShould(true)
            .because("AO proxies never leave the ao package; repositories map them to core records");

    static final ArchRule REST_DOES_NOT_TOUCH_AO = noClasses()
            .that().resideInAPackage("dev.waypoint.jira.rest..")
            .should().dependOnClassesThat().resideInAPackage("dev.waypoint.jira.ao..")
            .allowEmptyShould(true);

    static final ArchRule AO_DOES_NOT_TOUCH_REST = noClasses()
            .that().resideInAPackage("dev.waypoint.jira.ao..")
            .should().dependOnClassesThat().resideInAPackage("dev.waypoint.jira.rest..")
            .allowEmptyShould(true);

    static final ArchRule REST_READS_NO_REPOSITORY = noClasses()
            .that().resideInAPackage("dev.waypoint.jira.rest..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.waypoint..")
                    .and(JavaClass.Predicates.simpleNameEndingWith("Repository")))
            .because("a resource parses, calls one of core's use cases and maps; the use case reads storage");

    static final ArchRule REST_ASKS_NO_PERMISSION = noClasses()
            .that().resideInAPackage("dev.waypoint.jira.rest..")
            .should().dependOnClassesThat().belongToAnyOf(Permissions.class, OkrPermissions.class,
                    KpiPermissions.class)
            .because("a resource parses, calls one of core's use cases and maps; the use case asks the permission"
                    + " policy");

    @Test
    void givenAppClasses_importing_findsSome() {
        assertThat(APP.size()).isPositive();
    }

    @Test
    void componentImportsLiveInOneClass() {
        IMPORTS_LIVE_IN_ONE_CLASS.check(APP);
    }

    @Test
    void noComponentAccessor() {
        NO_COMPONENT_ACCESSOR.check(APP);
    }

    @Test
    void entitiesStayInAo() {
        ENTITIES_STAY_IN_AO.check(APP);
    }

    @Test
    void restDoesNotTouchAo() {
        REST_DOES_NOT_TOUCH_AO.check(APP);
    }

    @Test
    void restReadsNoRepository() {
        REST_READS_NO_REPOSITORY.check(APP);
    }

    @Test
    void givenResourceReadingARepository_checkingTheRestRule_ruleFails() {
        JavaClasses offender = new ClassFileImporter().importClasses(RestOffender.class);

        assertThatThrownBy(() -> REST_READS_NO_REPOSITORY.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ObjectiveRepository");
    }

    @Test
    void restAsksNoPermission() {
        REST_ASKS_NO_PERMISSION.check(APP);
    }

    @Test
    void givenResourceAskingThePermissionPolicy_checkingTheRestRule_ruleFails() {
        JavaClasses offender = new ClassFileImporter().importClasses(PermissionOffender.class);

        assertThatThrownBy(() -> REST_ASKS_NO_PERMISSION.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("dev.waypoint.access.Permissions.requireAdminister");
    }

    @Test
    void aoDoesNotTouchRest() {
        AO_DOES_NOT_TOUCH_REST.check(APP);
    }
}
