package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueService;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Records the value of a MANUAL KPI for a date (not in the future), replacing the value of that date, so that sending
 * it twice leaves one value. The KPI's managers may (its owner and the administrators of its scope).
 */
public final class RecordingKpiValue {

    private final KpiAccess access;
    private final KpiValueService values;

    public RecordingKpiValue(KpiAccess access, KpiValueService values) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, or may not manage it
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.InvalidInputException the KPI is not MANUAL (field {@code source}), the date or the
     *                                                   value is missing or out of range
     */
    public KpiReading record(KpiId id, LocalDate date, Double value) {
        Kpi kpi = access.kpi(id);
        access.permissions().requireManage(access.viewer(), kpi);
        return new KpiReading(kpi, values.recordManual(kpi, date, value));
    }
}
