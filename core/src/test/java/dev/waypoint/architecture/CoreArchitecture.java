package dev.waypoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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

    private CoreArchitecture() {
    }
}
