package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.refresh.RefreshClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * {@link RefreshClaims} on Active Objects, one row per held claim ({@link AoClaim}, unique by name). A claim is one
 * transaction of two statements that never read the claim first: a conditional DELETE of the row if its hold has
 * ended or it belongs to another generation, then an INSERT that the unique index refuses while any row of that name
 * is left (or committed by a concurrent claimer meanwhile). Jira's {@code ActiveObjects} has no raw UPDATE, and an
 * insert against a unique index is the write every database makes atomic at any isolation level: of claimers that
 * race, PostgreSQL at READ COMMITTED lets the second insert wait for the first one's transaction and then refuses it
 * (SQL state 23505); HSQLDB does the same. A refused insert rolls the claim's transaction back (its DELETE with it)
 * and answers {@code false}.
 */
public final class AoRefreshClaims implements RefreshClaims {

    private final ActiveObjects ao;

    public AoRefreshClaims(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public boolean claim(String name, long generation, Instant now, Duration hold) {
        RefreshClaims.check(name, now, hold);
        if (AoConcurrency.insideTransaction()) {
            throw new IllegalStateException("a claim commits on its own and must not be taken inside a transaction");
        }
        long nowMillis = now.toEpochMilli();
        long untilMillis = now.plus(hold).toEpochMilli();
        try {
            return ao.executeInTransaction(() -> {
                ao.deleteWithSQL(AoClaim.class, "CLAIM_NAME = ? AND (UNTIL_MILLIS <= ? OR GENERATION <> ?)", name,
                        nowMillis, generation);
                ao.create(AoClaim.class, Map.of("CLAIM_NAME", name, "GENERATION", generation, "UNTIL_MILLIS",
                        untilMillis));
                return true;
            });
        } catch (RuntimeException e) {
            if (AoConcurrency.isCollision(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void release(String name, long generation) {
        RefreshClaims.checkName(name);
        if (AoConcurrency.insideTransaction()) {
            throw new IllegalStateException("a claim is released on its own and must not be inside a transaction");
        }
        ao.executeInTransaction(() -> ao.deleteWithSQL(AoClaim.class, "CLAIM_NAME = ? AND GENERATION = ?", name,
                generation));
    }
}
