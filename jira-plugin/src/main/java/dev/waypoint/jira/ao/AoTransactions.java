package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.shared.Transactions;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Core's transactions on Active Objects: {@link ActiveObjects#executeInTransaction} rolls back when the work throws a
 * {@link RuntimeException}, and joins a transaction that is already running on this thread. A collision with a
 * concurrent writer in the database (serialization failure, deadlock, a unique index filled first) ends as a
 * {@link dev.waypoint.shared.ConflictException} (409), never as an unexpected error; see {@link AoConcurrency}.
 */
public final class AoTransactions implements Transactions {

    /** Names what collided in the 409 message; core's use cases do not say what they change. */
    private static final String WHAT = "This item";

    private final ActiveObjects ao;

    public AoTransactions(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return AoConcurrency.inTransaction(ao, WHAT, work);
    }
}
