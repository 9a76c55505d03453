package dev.waypoint.preview.data;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import dev.waypoint.jira.ao.AoSchema;
import java.util.Arrays;
import net.java.ao.RawEntity;

/**
 * The app's Active Objects storage: the real AO library with the table prefix Jira gives the app's
 * {@code <ao namespace>}, migrated to {@link AoSchema#ENTITIES} at start (as the AO plugin does when the app is
 * enabled). By default an HSQLDB file database in the data folder (HSQLDB locks the files: one preview per data
 * folder); with a {@link PreviewDatabase}, a PostgreSQL database reached through a pool of Jira's default size.
 *
 * <p>The data folder keeps the preview's own data (issues, users' choices) beside it, so on PostgreSQL the two must
 * belong together: a new data folder needs a database without Waypoint rows (then the sample data are loaded into
 * both), a used one the database it was used with. {@code --reset} deletes the data folder and every row of the app's
 * tables in the database (nothing else there).
 */
public final class PreviewStorage implements AutoCloseable {

    /** The {@code namespace} of the app's {@code <ao>} module. */
    public static final String NAMESPACE = "dev.waypoint.waypoint-jira";

    private final EmbeddedActiveObjects activeObjects;

    /** On HSQLDB in the data folder. */
    public PreviewStorage(PreviewDataFolder folder) {
        this(folder, null, false);
    }

    /**
     * On {@code database}, or HSQLDB in the data folder when it is {@code null}; {@code reset}: the data folder was
     * reset, so the database's Waypoint rows go too.
     *
     * @throws IllegalStateException if the data folder and the PostgreSQL database do not belong together
     */
    public PreviewStorage(PreviewDataFolder folder, PreviewDatabase database, boolean reset) {
        activeObjects = database == null ? EmbeddedActiveObjects.file(folder.path(), NAMESPACE)
                : EmbeddedActiveObjects.postgresql(database.url(), database.user(), database.password(), NAMESPACE);
        try {
            activeObjects.migrate(AoSchema.ENTITIES);
            if (database != null) {
                if (reset) {
                    deleteEveryRow();
                }
                boolean empty = isEmpty();
                if (folder.created() && !empty) {
                    throw new IllegalStateException("The database " + database + " already holds Waypoint data but "
                            + "the data folder " + folder.path() + " is new: use the data folder that belongs to it, "
                            + "or --reset to start both again from the sample data (deletes Waypoint's rows there)");
                }
                if (!folder.created() && empty) {
                    throw new IllegalStateException("The data folder " + folder.path() + " was used with another "
                            + "database than " + database + ", which holds no Waypoint data: use --reset to start "
                            + "both again from the sample data, or another --data folder");
                }
            }
        } catch (RuntimeException e) {
            activeObjects.close();
            throw e;
        }
    }

    private boolean isEmpty() {
        return Arrays.stream(AoSchema.ENTITIES).allMatch(type -> activeObjects.count(entity(type)) == 0);
    }

    private void deleteEveryRow() {
        activeObjects.executeInTransaction(() -> {
            for (Class<? extends RawEntity<?>> type : AoSchema.ENTITIES) {
                activeObjects.deleteWithSQL(entity(type), "ID > ?", 0);
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<Integer>> entity(Class<? extends RawEntity<?>> type) {
        return (Class<? extends RawEntity<Integer>>) type;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    @Override
    public void close() {
        activeObjects.close();
    }
}
