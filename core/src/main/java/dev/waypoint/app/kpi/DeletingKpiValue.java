package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueService;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Deletes the value of a MANUAL KPI for a date (a value entered by mistake); its latest value becomes the one before.
 * The KPI's managers may, as for recording it. Deleting a date without a value is harmless.
 */
public final class DeletingKpiValue {

    private final KpiAccess access;
    private final KpiValueService values;

    public DeletingKpiValue(KpiAccess access, KpiValueService values) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.values = Objects.requireNonNull(values, "'values' must not be null");
    }

    /**
     * @return whether there was a value for that date
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, or may not manage it
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.InvalidInputException the KPI is not MANUAL (field {@code source}), no date
     */
    public boolean delete(KpiId id, LocalDate date) {
        Kpi kpi = access.kpi(id);
        access.permissions().requireManage(access.viewer(), kpi);
        return values.deleteManual(kpi, date);
    }
}
