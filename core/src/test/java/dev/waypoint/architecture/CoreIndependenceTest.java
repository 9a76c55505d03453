package dev.waypoint.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Core is plain Java: it must not depend on the platform it will be deployed on (DESIGN §2). The rule is checked on
 * core's production classes, and shown to bite on a class of this test that breaks it.
 */
class CoreIndependenceTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.waypoint");

    @Test
    void givenCoreProductionClasses_checkingPlatformIndependence_findsNoForbiddenDependency() {
        CoreArchitecture.CORE_IS_PLATFORM_INDEPENDENT.check(CORE);
    }

    @Test
    void givenClassUsingJakarta_checkingPlatformIndependence_ruleFails() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offenders.UsesJakarta.class);

        assertThatThrownBy(() -> CoreArchitecture.CORE_IS_PLATFORM_INDEPENDENT.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("jakarta.inject.Inject");
    }

    @Test
    void givenClassUsingActiveObjects_checkingPlatformIndependence_ruleFails() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offenders.UsesActiveObjects.class);

        assertThatThrownBy(() -> CoreArchitecture.CORE_IS_PLATFORM_INDEPENDENT.check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("net.java.ao.Entity");
    }

    @Test
    void givenCoreProductionClasses_checkingAreaCycles_findsNone() {
        CoreArchitecture.CORE_AREAS_ARE_FREE_OF_CYCLES.check(CORE);
    }

    @Test
    void givenCoreProductionClasses_checkingUseCaseAreaCycles_findsNone() {
        CoreArchitecture.USE_CASE_AREAS_ARE_FREE_OF_CYCLES.check(CORE);
    }

    @Test
    void givenTwoAreasUsingEachOther_checkingAreaCycles_ruleFails() {
        JavaClasses offenders = new ClassFileImporter().importPackages("dev.waypoint.architecture.cyclic");

        assertThatThrownBy(() -> CoreArchitecture.areasFreeOfCycles("dev.waypoint.architecture.cyclic.(*)..")
                .check(offenders))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: Slice one")
                .hasMessageContaining("Slice two");
    }

    @Test
    void givenCoreClasses_importing_findsClassesToCheck() {
        // guards against an import that silently finds nothing and so checks nothing
        ArchRule rule = CoreArchitecture.CORE_IS_PLATFORM_INDEPENDENT;
        org.assertj.core.api.Assertions.assertThat(CORE.size()).as("classes imported for %s", rule).isPositive();
    }
}
