package dev.waypoint.preview.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The folder that keeps the preview's database across restarts. The preview marks a folder it creates with
 * {@value #MARKER}, and only ever uses or deletes ({@code --reset}) an empty folder or a marked one, so a mistyped
 * {@code --data} cannot wipe someone's files.
 */
public final class PreviewDataFolder {

    public static final String MARKER = ".waypoint-preview";

    private final Path path;
    private final boolean created;

    private PreviewDataFolder(Path path, boolean created) {
        this.path = path;
        this.created = created;
    }

    /** Prepares {@code path}: deletes it first if {@code reset}, then creates and marks it if new. */
    public static PreviewDataFolder prepare(Path path, boolean reset) {
        Path folder = Objects.requireNonNull(path, "'path' must not be null").toAbsolutePath().normalize();
        try {
            if (Files.exists(folder)) {
                requireOurs(folder);
                if (reset) {
                    deleteRecursively(folder);
                }
            }
            boolean created = !Files.exists(folder.resolve(MARKER));
            Files.createDirectories(folder);
            if (created) {
                Files.writeString(folder.resolve(MARKER),
                        "Waypoint preview data; delete the folder to start afresh.\n");
            }
            return new PreviewDataFolder(folder, created);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the data folder " + folder, e);
        }
    }

    /** The absolute folder. */
    public Path path() {
        return path;
    }

    /** Whether the folder was new (or reset) at start: sample data should be loaded. */
    public boolean created() {
        return created;
    }

    private static void requireOurs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (!Files.exists(folder.resolve(MARKER)) && entries.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + " is not empty and is not a Waypoint preview data folder"
                        + " (no " + MARKER + " file); choose another with --data=PATH");
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
