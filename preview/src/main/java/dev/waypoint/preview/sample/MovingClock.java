package dev.waypoint.preview.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The clock of the sample's walk through time: it shows whatever instant the walk set last, so the real core services
 * and the refresh job run "on" each simulated day. Only the generating thread sets it.
 */
public final class MovingClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public MovingClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "'start' must not be null");
        this.zone = Objects.requireNonNull(zone, "'zone' must not be null");
    }

    public void set(Instant instant) {
        this.now = Objects.requireNonNull(instant, "'instant' must not be null");
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new MovingClock(now, otherZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
