package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.refresh.RefreshNow;
import java.util.Objects;

/**
 * "Refresh now" of one KPI: evaluated at once as the refresh job would (its queries run as its owner, a composite
 * combines its children's latest values) and stored as its newest value, or as an error value when Jira refuses a
 * query ({@link RefreshNow}: at most once a minute across the cluster; within the minute its latest stored value is
 * answered without evaluating). Its managers may; a MANUAL KPI is
 * not refreshed.
 */
public final class RefreshingKpi {

    private final KpiAccess access;
    private final RefreshNow refreshNow;

    public RefreshingKpi(KpiAccess access, RefreshNow refreshNow) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.refreshNow = Objects.requireNonNull(refreshNow, "'refreshNow' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, or may not manage it
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.InvalidInputException the KPI is MANUAL (field {@code source})
     * @throws dev.waypoint.shared.ConflictException     409 another node is evaluating it and no value is stored yet
     */
    public KpiReading refresh(KpiId id) {
        Kpi kpi = access.kpi(id);
        access.permissions().requireManage(access.viewer(), kpi);
        if (!kpi.source().isRefreshed()) {
            throw KpiAppMessages.CATALOG.invalid("source", KpiAppMessages.REFRESH_MANUAL);
        }
        return new KpiReading(kpi, refreshNow.refresh(kpi));
    }
}
