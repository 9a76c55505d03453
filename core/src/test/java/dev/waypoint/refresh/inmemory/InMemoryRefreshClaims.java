package dev.waypoint.refresh.inmemory;

import dev.waypoint.refresh.RefreshClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link RefreshClaims} in memory: one atomic {@code compute} per claim, so concurrent callers get one winner. */
public final class InMemoryRefreshClaims implements RefreshClaims {

    private final ConcurrentMap<String, Held> held = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String name, long generation, Instant now, Duration hold) {
        RefreshClaims.check(name, now, hold);
        AtomicBoolean taken = new AtomicBoolean();
        held.compute(name, (key, current) -> {
            if (current != null && current.generation() == generation && current.until().isAfter(now)) {
                return current;
            }
            taken.set(true);
            return new Held(generation, now.plus(hold));
        });
        return taken.get();
    }

    @Override
    public void release(String name, long generation) {
        RefreshClaims.checkName(name);
        held.computeIfPresent(name, (key, current) -> current.generation() == generation ? null : current);
    }

    private record Held(long generation, Instant until) {
    }
}
