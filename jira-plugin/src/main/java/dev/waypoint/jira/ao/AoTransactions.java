package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.shared.Transactions;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Core's transactions on Active Objects: {@link ActiveObjects#executeInTransaction} rolls back when the work throws a
 * {@link RuntimeException}, and joins a transaction that is already running on this thread.
 */
public final class AoTransactions implements Transactions {

    private final ActiveObjects ao;

    public AoTransactions(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
