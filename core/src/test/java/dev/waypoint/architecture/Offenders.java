package dev.waypoint.architecture;

/**
 * Classes that break the core rule on purpose, referenced only by name so that the test classpath needs the forbidden
 * types only as annotations/constants the compiler can see. They live in test code and are never part of core.
 */
final class Offenders {

    private Offenders() {
    }

    static final class UsesJakarta {
        @jakarta.inject.Inject
        UsesJakarta() {
        }
    }

    abstract static class UsesActiveObjects implements net.java.ao.Entity {
    }
}
