package dev.waypoint.preview.sample;

import dev.waypoint.shared.Transactions;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sample into a fresh data folder: 17 KPIs, three quarters of OKRs with their check-ins, and 90 days of KPI
 * history produced by the real refresh job, all written through the real core services built on a
 * {@link MovingClock} ({@code services} builds them for a clock), in one transaction, so a failure leaves the storage
 * empty. The same world (date, zone) always gives the same rows.
 */
public final class SampleData {

    private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);

    private final SampleWorld world;
    private final Function<Clock, SampleServices> services;
    private final Transactions transactions;

    public SampleData(SampleWorld world, Function<Clock, SampleServices> services, Transactions transactions) {
        this.world = Objects.requireNonNull(world, "'world' must not be null");
        this.services = Objects.requireNonNull(services, "'services' must not be null");
        this.transactions = Objects.requireNonNull(transactions, "'transactions' must not be null");
    }

    public SampleSummary load() {
        SampleCalendar calendar = world.calendar();
        MovingClock clock = new MovingClock(calendar.at(calendar.firstDay(), LocalTime.MIDNIGHT), calendar.zone());
        SampleServices onClock = services.apply(clock);
        SampleSummary summary = transactions.inTransaction(() -> new SampleHistory(world, onClock, clock).run());
        LOG.info("Waypoint preview sample data for {}: {}", calendar.today(), summary);
        return summary;
    }
}
