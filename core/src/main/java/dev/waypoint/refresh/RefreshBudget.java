package dev.waypoint.refresh;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The time one refresh run may take, measured on a clock; items not reached when it is used up wait for the next run. */
public final class RefreshBudget {

    private final Clock clock;
    private final Instant deadline;

    public RefreshBudget(Clock clock, Duration limit) {
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("'limit' must be positive, was " + limit);
        }
        this.deadline = clock.instant().plus(limit);
    }

    public boolean isUsedUp() {
        return !clock.instant().isBefore(deadline);
    }

    public Instant now() {
        return clock.instant();
    }
}
