package dev.waypoint.preview.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.refresh.RefreshClaims;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OncePerClusterTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private final List<String> asked = new ArrayList<>();

    @Test
    void givenTheLeaseTaken_fire_runsTheJobAndAsksForTheJobsLeaseForOneInterval() {
        RefreshClaims claims = answering(true);
        AtomicInteger runs = new AtomicInteger();

        boolean ran = new OncePerCluster("dev.waypoint.refresh.job", Duration.ofMinutes(1), claims, clock)
                .fire(runs::incrementAndGet);

        assertThat(ran).isTrue();
        assertThat(runs).hasValue(1);
        assertThat(asked).containsExactly("job:dev.waypoint.refresh.job 0 2026-03-02T09:00:00Z PT1M");
    }

    @Test
    void givenTheLeaseHeldElsewhere_fire_doesNotRunTheJob() {
        AtomicInteger runs = new AtomicInteger();

        boolean ran = new OncePerCluster("dev.waypoint.refresh.job", Duration.ofMinutes(1), answering(false), clock)
                .fire(runs::incrementAndGet);

        assertThat(ran).isFalse();
        assertThat(runs).hasValue(0);
        assertThat(asked).hasSize(1);
    }

    /** Claims that answer {@code taken} and note what was asked; a lease is never released. */
    private RefreshClaims answering(boolean taken) {
        return new RefreshClaims() {
            @Override
            public boolean claim(String name, long generation, Instant now, Duration hold) {
                asked.add(name + " " + generation + " " + now + " " + hold);
                return taken;
            }

            @Override
            public void release(String name, long generation) {
                asked.add("release " + name);
            }
        };
    }
}
