package dev.waypoint.jira.rest.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The probe's "database": a list of things with ids from 1. */
public final class ProbeStore {

    private final List<Thing> things = new ArrayList<>();
    private long nextId = 1;

    public synchronized Thing add(String title, double target, java.time.LocalDate due, Kind kind, String owner) {
        Thing thing = new Thing(nextId++, title, target, due, kind, owner);
        things.add(thing);
        return thing;
    }

    public synchronized Optional<Thing> find(long id) {
        return things.stream().filter(t -> t.id() == id).findFirst();
    }

    public synchronized boolean remove(long id) {
        return things.removeIf(t -> t.id() == id);
    }

    /** A value copy, for "nothing was written" checks. */
    public synchronized List<Thing> snapshot() {
        return List.copyOf(things);
    }

    public synchronized void reset() {
        things.clear();
        nextId = 1;
    }
}
