package dev.waypoint.preview.data;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import dev.waypoint.jira.ao.AoSchema;
import java.util.Arrays;
import java.util.stream.Stream;
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

    /** The app's entities and the preview's own stand-in for Jira's plugin settings table. */
    @SuppressWarnings("unchecked")
    static final Class<? extends RawEntity<?>>[] ENTITIES = Stream.concat(Arrays.stream(AoSchema.ENTITIES),
            Stream.of(PreviewSetting.class)).toArray(Class[]::new);

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
        this(folder, database, reset, 1);
    }

    /**
     * As {@link #PreviewStorage(PreviewDataFolder, PreviewDatabase, boolean)} for node {@code node} of a cluster: a
     * node after the first joins {@code database}, which node 1 must have filled (its schema is only brought up to
     * date, never dropped, and none of its rows is deleted), whatever its own data folder holds.
     *
     * @throws IllegalStateException if the data folder and the PostgreSQL database do not belong together, or a
     *                               joining node finds no Waypoint data
     */
    public PreviewStorage(PreviewDataFolder folder, PreviewDatabase database, boolean reset, int node) {
        if (node > 1 && (database == null || reset)) {
            throw new IllegalArgumentException("node " + node + " joins node 1's PostgreSQL database, without --reset");
        }
        activeObjects = database == null ? EmbeddedActiveObjects.file(folder.path(), NAMESPACE)
                : EmbeddedActiveObjects.postgresql(database.url(), database.user(), database.password(), NAMESPACE);
        try {
            activeObjects.migrate(ENTITIES);
            if (node > 1) {
                if (isEmpty()) {
                    throw new IllegalStateException("Node " + node + " joins the database " + database + ", which "
                            + "holds no Waypoint data yet: start node 1 on it first");
                }
            } else if (database != null) {
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
            for (Class<? extends RawEntity<?>> type : ENTITIES) {
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
