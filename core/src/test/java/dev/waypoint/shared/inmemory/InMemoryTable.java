package dev.waypoint.shared.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Rows of one in-memory table by id, with an id sequence starting at 1. A building block of the in-memory fakes. */
public final class InMemoryTable<T> {

    private final TreeMap<Long, T> rows = new TreeMap<>();
    private long lastId;

    public synchronized long nextId() {
        return ++lastId;
    }

    public synchronized void put(long id, T row) {
        rows.put(id, row);
    }

    public synchronized Optional<T> get(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    public synchronized void remove(long id) {
        rows.remove(id);
    }

    /** Every row, ordered by id. */
    public synchronized List<T> all() {
        return List.copyOf(rows.values());
    }

    /** The rows matching, ordered by id. */
    public synchronized List<T> where(Predicate<? super T> filter) {
        List<T> found = new ArrayList<>();
        rows.values().stream().filter(filter).forEach(found::add);
        return List.copyOf(found);
    }

    public synchronized void removeWhere(Predicate<? super T> filter) {
        rows.values().removeIf(filter);
    }
}
