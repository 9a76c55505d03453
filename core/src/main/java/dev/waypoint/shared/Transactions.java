package dev.waypoint.shared;

import java.util.function.Supplier;

/**
 * Runs work in one storage transaction: either all of its writes are kept or none. Services wrap operations that
 * write more than one row in it (deleting an objective with its key results, closing a cycle with its carry-over).
 * They validate everything before the first write, so bad input never reaches a transaction.
 *
 * <p>The jira-plugin implements it with {@code ActiveObjects#executeInTransaction}; tests use an implementation that
 * simply runs the work.
 */
public interface Transactions {

    /** Runs {@code work} in a transaction and returns its result; a runtime exception rolls the transaction back. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work}, which returns nothing, in a transaction. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
