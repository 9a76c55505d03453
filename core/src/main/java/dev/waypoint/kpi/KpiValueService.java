package dev.waypoint.kpi;

import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Problems;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Records the values of MANUAL KPIs, entered in the UI or pushed by REST ({@code PUT /kpis/{id}/values/{date}}). One
 * value per date: it is stored at the start of the date in the clock's zone, replacing any earlier value of that date,
 * so sending the same value twice leaves one value (idempotent).
 */
public final class KpiValueService {

    private static final MessageCatalog MESSAGES = KpiMessages.CATALOG;

    private final KpiRepository kpis;
    private final KpiValueRepository values;
    private final Clock clock;

    public KpiValueService(KpiRepository kpis, KpiValueRepository values, Clock clock) {
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * @throws NotFoundException     if there is no such KPI
     * @throws InvalidInputException if the KPI is not MANUAL, the date is missing, in the future or too old, or the
     *                               value is missing or not a finite number; nothing is written
     */
    public KpiValue recordManual(KpiId kpiId, LocalDate date, Double value) {
        Kpi kpi = kpis.findById(kpiId).orElseThrow(() -> new NotFoundException("KPI", kpiId));
        return recordManual(kpi, date, value);
    }

    /**
     * Records a value of {@code kpi}, read by the caller.
     *
     * @throws InvalidInputException if the KPI is not MANUAL, the date is missing, in the future or too old, or the
     *                               value is missing or not a finite number; nothing is written
     */
    public KpiValue recordManual(Kpi kpi, LocalDate date, Double value) {
        Objects.requireNonNull(kpi, "'kpi' must not be null");
        Problems problems = new Problems();
        MESSAGES.require(problems, kpi.source() instanceof KpiSource.Manual, "source",
                "waypoint.kpi.value.notManual");
        LocalDate today = LocalDate.now(clock);
        if (MESSAGES.require(problems, date != null, "date", "waypoint.kpi.date.required")) {
            MESSAGES.require(problems, !date.isAfter(today) && Limits.isDateInRange(date, today), "date",
                    "waypoint.kpi.date.outOfRange", date, Limits.YEARS_FROM_TODAY);
        }
        if (MESSAGES.require(problems, value != null, "value", "waypoint.kpi.value.required")) {
            MESSAGES.require(problems, Kpi.isAcceptedNumber(value), "value", "waypoint.kpi.value.notANumber",
                    Kpi.MAX_MAGNITUDE, value);
        }
        problems.throwIfAny();
        return values.upsert(KpiValue.of(kpi.id(), date.atStartOfDay(clock.getZone()).toInstant(), value));
    }

    /**
     * Deletes the value of {@code kpi} (read by the caller) for a date, so that its latest value becomes the one
     * before; deleting a date without a value is harmless.
     *
     * @return whether there was a value
     * @throws InvalidInputException if the KPI is not MANUAL (its values are computed) or the date is missing
     */
    public boolean deleteManual(Kpi kpi, LocalDate date) {
        Objects.requireNonNull(kpi, "'kpi' must not be null");
        Problems problems = new Problems();
        MESSAGES.require(problems, kpi.source() instanceof KpiSource.Manual, "source",
                "waypoint.kpi.value.deleteNotManual");
        MESSAGES.require(problems, date != null, "date", "waypoint.kpi.date.required");
        problems.throwIfAny();
        return values.deleteAt(kpi.id(), date.atStartOfDay(clock.getZone()).toInstant()) > 0;
    }
}
