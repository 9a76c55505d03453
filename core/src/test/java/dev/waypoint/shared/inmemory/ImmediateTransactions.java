package dev.waypoint.shared.inmemory;

import dev.waypoint.shared.Transactions;
import java.util.function.Supplier;

/**
 * Runs the work directly; counts how often, so tests can see that multi-write operations ask for a transaction.
 * There is no rollback: services validate before they write.
 */
public final class ImmediateTransactions implements Transactions {

    private int count;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    public int count() {
        return count;
    }
}
