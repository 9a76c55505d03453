package dev.waypoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The architecture rules of core (code-style §3 rule 14). */
final class CoreArchitecture {

    static final ArchRule CORE_IS_PLATFORM_INDEPENDENT = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..",
                    "net.java.ao..",
                    "jakarta..",
                    "javax.servlet..",
                    "javax.ws.rs..",
                    "javax.inject..",
                    "org.springframework..")
            .because("core is plain Java 21 and must build and run without Jira (DESIGN §2)");

    /** Each top-level package of core (a domain area, {@code app}, {@code shared}) depends on others one way only. */
    static final ArchRule CORE_AREAS_ARE_FREE_OF_CYCLES = areasFreeOfCycles("dev.waypoint.(*)..");

    /** The use cases are grouped by area; one area's use cases may use another's, never both ways. */
    static final ArchRule USE_CASE_AREAS_ARE_FREE_OF_CYCLES = areasFreeOfCycles("dev.waypoint.app.(*)..");

    /** @param areas an ArchUnit slice pattern whose capture group names an area */
    static ArchRule areasFreeOfCycles(String areas) {
        return slices().matching(areas)
                .should().beFreeOfCycles()
                .because("each rule lives in one place, and a cycle between areas hides where (code-style §3)");
    }

    private CoreArchitecture() {
    }
}
