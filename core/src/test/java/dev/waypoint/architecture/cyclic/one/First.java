package dev.waypoint.architecture.cyclic.one;

import dev.waypoint.architecture.cyclic.two.Second;

/** Half of a package cycle that the architecture test must report; test code only. */
public final class First {

    public Second next() {
        return new Second();
    }
}
