package dev.waypoint.architecture.cyclic.two;

import dev.waypoint.architecture.cyclic.one.First;

/** The other half of the package cycle the architecture test must report; test code only. */
public final class Second {

    public First back() {
        return new First();
    }
}
