package dev.waypoint.preview.data;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import dev.waypoint.jira.ao.AoSchema;

/**
 * The app's Active Objects storage in the data folder: the real AO library on an HSQLDB file database with the
 * table prefix Jira gives the app's {@code <ao namespace>}, migrated to {@link AoSchema#ENTITIES} at start (as the AO
 * plugin does when the app is enabled). HSQLDB locks the files: one preview per data folder.
 */
public final class PreviewStorage implements AutoCloseable {

    /** The {@code namespace} of the app's {@code <ao>} module. */
    public static final String NAMESPACE = "dev.waypoint.waypoint-jira";

    private final EmbeddedActiveObjects activeObjects;

    public PreviewStorage(PreviewDataFolder folder) {
        activeObjects = EmbeddedActiveObjects.file(folder.path(), NAMESPACE);
        try {
            activeObjects.migrate(AoSchema.ENTITIES);
        } catch (RuntimeException e) {
            activeObjects.close();
            throw e;
        }
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    @Override
    public void close() {
        activeObjects.close();
    }
}
