package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.shared.ConflictException;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * What the app's transactions do when concurrent writers collide in the database: a serialization failure or a
 * deadlock (SQL state class 40: {@code 40001}, PostgreSQL's {@code 40P01}) or a unique index that a concurrent
 * insert filled first ({@code 23505}). They never reach a user as a 500:
 * <ul>
 *   <li>{@link #retrying}: a write whose transaction may simply run again (everything it did was rolled back, and it
 *       reads what it needs inside the transaction) is retried up to {@value #ATTEMPTS} times in all, after a short
 *       random pause; if it still collides, a {@link ConflictException} (409) says to try again.</li>
 *   <li>{@link #inTransaction}: any other transaction ends in a {@link ConflictException} (409) with a message.</li>
 * </ul>
 * A retry is only possible for the outermost transaction of the thread: inside another one (which a failed statement
 * has spoiled, on PostgreSQL) the failure goes up to that transaction, which answers 409. The transactions started
 * here are tracked per thread for that.
 */
final class AoConcurrency {

    /** Attempts of a retried write, the first one included. */
    static final int ATTEMPTS = 4;

    static final String MESSAGE_KEY = "waypoint.error.concurrentWrite";

    /** SQL state class 40: transaction rollback (serialization failure, deadlock). */
    private static final String ROLLBACK_STATE_CLASS = "40";

    /** SQL state 23505: unique violation (PostgreSQL, HSQLDB, H2; SQL standard class 23 "integrity constraint"). */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    private AoConcurrency() {
    }

    /**
     * Runs {@code work} in a transaction (joining one that is already open on this thread); a collision with a
     * concurrent writer ends as a {@link ConflictException} naming {@code what}.
     */
    static <T> T inTransaction(ActiveObjects ao, String what, Supplier<T> work) {
        try {
            return tracked(ao, work);
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isCollision(e)) {
                throw conflict(what, e);
            }
            throw e;
        }
    }

    /**
     * Runs {@code work} in a transaction of its own, again when it collides with a concurrent writer (at most
     * {@value #ATTEMPTS} attempts); inside a transaction that is already open it runs once and leaves the collision
     * to that transaction.
     *
     * @throws ConflictException if the last attempt collided too
     */
    static <T> T retrying(ActiveObjects ao, String what, Supplier<T> work) {
        if (DEPTH.get() > 0) {
            return tracked(ao, work);
        }
        for (int attempt = 1;; attempt++) {
            try {
                return tracked(ao, work);
            } catch (ConflictException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!isCollision(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw conflict(what, e);
                }
                pause(attempt);
            }
        }
    }

    private static <T> T tracked(ActiveObjects ao, Supplier<T> work) {
        DEPTH.set(DEPTH.get() + 1);
        try {
            return ao.executeInTransaction(work::get);
        } finally {
            int depth = DEPTH.get() - 1;
            if (depth == 0) {
                DEPTH.remove();
            } else {
                DEPTH.set(depth);
            }
        }
    }

    /** Whether {@code failure} was caused by a concurrent writer: SQL state class 40, or a unique violation. */
    static boolean isCollision(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Collision) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(ROLLBACK_STATE_CLASS)
                            || sql.getSQLState().equals(UNIQUE_VIOLATION))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} was caused by a unique index refusing a row. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static ConflictException conflict(String what, Throwable cause) {
        ConflictException conflict = new ConflictException(MESSAGE_KEY,
                what + " is being changed by someone else at the same moment; try again", what);
        conflict.addSuppressed(cause);
        return conflict;
    }

    /** A concurrent writer was noticed without the database refusing anything (see {@link AoRows#lock}). */
    static final class Collision extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Collision(String message) {
            super(message);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a write", e);
        }
    }
}
