package dev.waypoint.refresh;

import java.time.Duration;
import java.time.Instant;

/**
 * Cluster-wide claims on work that one node at a time may do ("Refresh now" of a KPI, a run of the refresh job where
 * the host's scheduler does not already run it once per cluster). A claim is held until {@code now + hold}; while it
 * is held, nobody else gets the same name for the same generation. Kept in the database, so every node of a Jira
 * Data Center cluster sees the same claims; nothing is kept in node memory.
 *
 * <p>Implementations make {@link #claim} one atomic conditional write: of any number of callers on any nodes that
 * claim the same name at the same time, exactly one gets {@code true} (at READ COMMITTED, Jira's isolation level, as
 * at SERIALIZABLE); a caller never reads the claim first and writes it after. A claim must not be taken inside an
 * open transaction (it commits on its own).
 */
public interface RefreshClaims {

    /** The longest name ({@code "kpi:" + id} and the job names fit). */
    int MAX_NAME_LENGTH = 64;

    /**
     * Takes the claim {@code name} until {@code now + hold} if nobody holds it: it was never taken, its hold has ended
     * (at or before {@code now}), or it was taken for another {@code generation} (e.g. an older version of a KPI's
     * definition, which a changed definition must not wait for).
     *
     * @return whether this caller holds the claim now; {@code false}: someone else does, until their hold ends
     * @throws IllegalArgumentException if {@code name} is blank or longer than {@value #MAX_NAME_LENGTH}, or
     *                                  {@code hold} is not positive
     */
    boolean claim(String name, long generation, Instant now, Duration hold);

    /**
     * Gives up the claim {@code name} of {@code generation} before its hold ends (work done sooner than the hold), so
     * that the next claimer need not wait. A claim of another generation is left as it is. Call it only while the
     * hold lasts: after it, another caller of the same generation may hold the claim. Like {@link #claim}, it commits
     * on its own and must not be called inside an open transaction.
     */
    void release(String name, long generation);

    /** Checks the name given to {@link #claim} or {@link #release} as every implementation must. */
    static void checkName(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a claim's name must be 1 to " + MAX_NAME_LENGTH + " characters, was "
                    + name);
        }
    }

    /** Checks the arguments of {@link #claim} as every implementation must. */
    static void check(String name, Instant now, Duration hold) {
        checkName(name);
        if (now == null || hold == null || hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("a claim needs a time and a positive hold, was " + now + " for "
                    + hold);
        }
    }
}
