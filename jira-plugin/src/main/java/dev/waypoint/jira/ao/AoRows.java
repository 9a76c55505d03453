package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import java.util.function.Consumer;
import java.util.function.Function;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Optimistic locking on Active Objects, whose {@code save()} cannot add {@code AND VERSION = ?} to its UPDATE (and
 * Jira's {@code ActiveObjects} has no raw UPDATE). In one transaction: take the row lock first, by writing back one
 * column other than the version, unchanged; then read the version from the database (at READ COMMITTED every statement
 * sees what was committed before it, and nobody else can commit a change to the row while the lock is held); compare;
 * then apply the change with version + 1.
 *
 * <p>Of two writers that read the same version, the second one waits for the first one's lock, then reads the first
 * one's new version and gets a {@link ConflictException}; its lock write is rolled back with it. The lock write must
 * not touch the version: writing back the version read before the lock (as this class did) overwrote the first
 * writer's committed version with the stale one, and at READ COMMITTED both writers won. Every writer of these rows
 * goes through here and raises the version, so the column written back cannot overwrite anything newer without the
 * version check seeing it. Where a database refuses the concurrent write instead (serialization failure, deadlock:
 * SQL state class 40), the outcome is the same {@link ConflictException}.
 */
final class AoRows {

    private AoRows() {
    }

    /**
     * Changes row {@code id} of {@code type} if its stored version is {@code expectedVersion}: {@code change} sets the
     * new values (including version + 1) and saves; its result is returned. {@code lock} sets one NOT NULL column
     * other than the version to the row's own value (e.g. {@code row -> row.setName(row.getName())}): saving it takes
     * the row lock.
     *
     * @throws ConflictException if the stored version differs, or a concurrent writer won the row
     * @throws NotFoundException if there is no such row
     */
    static <T extends Entity, R> R update(ActiveObjects ao, Class<T> type, long id, long expectedVersion,
            String entityName, Function<T, Long> version, Consumer<T> lock, Function<T, R> change) {
        AoIds.key(entityName, id);
        return AoConcurrency.inTransaction(ao, entityName + " " + id, () -> {
            T row = single(ao, type, id, entityName);
            lock.accept(row);
            row.save();
            long current = version.apply(single(ao, type, id, entityName));
            if (current != expectedVersion) {
                throw ConflictException.staleVersion(entityName, id, expectedVersion, current);
            }
            return change.apply(row);
        });
    }

    /**
     * Takes the row lock of row {@code id} until the end of the transaction without changing the row: {@code lock}
     * writes one column back as in {@link #update}, then the version is read again. If it moved between the first
     * read and the lock, another writer committed in between and the written-back value may be stale: the
     * transaction must end, as a collision that {@link AoConcurrency} retries or answers with 409.
     *
     * @throws NotFoundException if there is no such row
     */
    static <T extends Entity> void lock(ActiveObjects ao, Class<T> type, long id, String entityName,
            Function<T, Long> version, Consumer<T> lock) {
        T row = single(ao, type, id, entityName);
        long read = version.apply(row);
        lock.accept(row);
        row.save();
        if (version.apply(single(ao, type, id, entityName)) != read) {
            throw new AoConcurrency.Collision(entityName + " " + id + " changed while it was being locked");
        }
    }

    static <T extends Entity> T single(ActiveObjects ao, Class<T> type, long id, String entityName) {
        T[] rows = ao.find(type, Query.select().where("ID = ?", AoIds.key(entityName, id)));
        if (rows.length == 0) {
            throw new NotFoundException(entityName, id);
        }
        return rows[0];
    }
}
