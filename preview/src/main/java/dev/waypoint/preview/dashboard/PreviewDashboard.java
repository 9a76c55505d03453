package dev.waypoint.preview.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The preview's one dashboard, standing in for Jira's dashboard storage: its items in order, each with its
 * preferences, kept in {@value #FILE} in the data folder (rewritten whole, through a temporary file, on every change).
 * Thread-safe.
 */
public final class PreviewDashboard {

    /** Jira's system dashboard has id 10000; the preview's dashboard takes it. */
    public static final long ID = 10000;
    public static final String FILE = "dashboard.json";

    /** What the file holds. */
    record State(long nextId, List<PlacedItem> items) {

        State {
            items = List.copyOf(items);
        }
    }

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    private State state;

    private PreviewDashboard(Path file, State state) {
        this.file = file;
        this.state = state;
    }

    /** The dashboard of the data folder; empty when it has none yet. */
    public static PreviewDashboard open(Path dataFolder) {
        Path file = Objects.requireNonNull(dataFolder, "'dataFolder' must not be null").resolve(FILE);
        try {
            State state = Files.exists(file) ? new ObjectMapper().readValue(file.toFile(), State.class)
                    : new State(1, List.of());
            return new PreviewDashboard(file, state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public synchronized List<PlacedItem> items() {
        return state.items();
    }

    public synchronized Optional<PlacedItem> find(long id) {
        return state.items().stream().filter(item -> item.id() == id).findFirst();
    }

    /** Adds an item at the end of {@code column}. */
    public synchronized PlacedItem add(String type, int column, Map<String, String> preferences) {
        PlacedItem item = new PlacedItem(state.nextId(), type, column, preferences);
        List<PlacedItem> items = new ArrayList<>(state.items());
        items.add(item);
        write(new State(state.nextId() + 1, items));
        return item;
    }

    /** Replaces the preferences of item {@code id}; empty when there is no such item. */
    public synchronized Optional<PlacedItem> savePreferences(long id, Map<String, String> preferences) {
        Optional<PlacedItem> found = find(id);
        found.ifPresent(item -> write(new State(state.nextId(), state.items().stream()
                .map(each -> each.id() == id ? each.withPreferences(preferences) : each).toList())));
        return found.map(item -> item.withPreferences(preferences));
    }

    /** Removes item {@code id}; whether there was one. */
    public synchronized boolean remove(long id) {
        if (find(id).isEmpty()) {
            return false;
        }
        write(new State(state.nextId(), state.items().stream().filter(item -> item.id() != id).toList()));
        return true;
    }

    private void write(State next) {
        try {
            Path temporary = file.resolveSibling(FILE + ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), next);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            state = next;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
