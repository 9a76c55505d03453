package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import java.sql.SQLException;
import java.util.function.Function;
import net.java.ao.Entity;
import net.java.ao.Query;

/**
 * Optimistic locking on Active Objects, whose {@code save()} cannot add {@code AND VERSION = ?} to its UPDATE.
 * In one transaction: first write the row (which takes its row lock), then read the version again from the database
 * and compare, then apply the change. Two writers that read the same version cannot both win: the second one either
 * waits for the lock and then sees the first one's version, or (on databases that refuse concurrent writes to one row,
 * like HSQLDB in MVCC mode) fails with a serialization error. Both end as a {@link ConflictException}.
 */
final class AoRows {

    /** SQL state class 40: transaction rollback (serialization failure, deadlock). */
    private static final String ROLLBACK_STATE_CLASS = "40";

    private AoRows() {
    }

    /**
     * Changes row {@code id} of {@code type} if its stored version is {@code expectedVersion}: {@code change} sets the
     * new values (including version + 1) and saves; its result is returned.
     *
     * @throws ConflictException if the stored version differs, or a concurrent writer won the row
     * @throws NotFoundException if there is no such row
     */
    static <T extends Entity, R> R update(ActiveObjects ao, Class<T> type, long id, long expectedVersion,
            String entityName, Function<T, Long> version, VersionSetter<T> setVersion, Function<T, R> change) {
        try {
            return ao.executeInTransaction(() -> {
                T row = single(ao, type, id, entityName);
                setVersion.set(row, version.apply(row));
                row.save();
                long current = version.apply(single(ao, type, id, entityName));
                if (current != expectedVersion) {
                    throw ConflictException.staleVersion(entityName, id, expectedVersion, current);
                }
                return change.apply(row);
            });
        } catch (ConflictException | NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isConcurrentWrite(e)) {
                throw new ConflictException("waypoint.error.stale", entityName + " " + id
                        + " is being changed by someone else at the same time; reload and try again");
            }
            throw e;
        }
    }

    static <T extends Entity> T single(ActiveObjects ao, Class<T> type, long id, String entityName) {
        T[] rows = ao.find(type, Query.select().where("ID = ?", Math.toIntExact(id)));
        if (rows.length == 0) {
            throw new NotFoundException(entityName, id);
        }
        return rows[0];
    }

    private static boolean isConcurrentWrite(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(ROLLBACK_STATE_CLASS)) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    interface VersionSetter<T> {
        void set(T row, long version);
    }
}
