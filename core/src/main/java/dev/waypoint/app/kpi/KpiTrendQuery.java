package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The "KPI trend" dashboard item: one KPI's values of the last days with its bands. Stored values only. */
public final class KpiTrendQuery {

    private final KpiAccess access;
    private final KpiReadService reads;
    private final Clock clock;

    public KpiTrendQuery(KpiAccess access, KpiReadService reads, Clock clock) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * @param days 1 to {@link KpiReadService#MAX_DAYS}
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.InvalidInputException days out of range (field {@code days})
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     */
    public KpiTrendChart trend(KpiId id, int days) {
        access.requireLicensed();
        KpiScorecardQuery.requireDays(days);
        Kpi kpi = access.kpi(id);
        LocalDate to = LocalDate.now(clock);
        return new KpiTrendChart(reads.cards(List.of(kpi), days).get(0), to.minusDays(days), to);
    }
}
