package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import java.util.List;
import java.util.Objects;

/** One KPI with its latest value, health, trend (31 days of values) and the viewer's capabilities. */
public final class KpiDetailQuery {

    /** Days of values read: the trend compares with 7 and 30 days earlier. */
    static final int DAYS = 31;

    private final KpiAccess access;
    private final KpiReadService reads;

    public KpiDetailQuery(KpiAccess access, KpiReadService reads) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     */
    public KpiDetail detail(KpiId id) {
        KnownKpis known = access.everything();
        Kpi kpi = known.asSeen(KpiAccess.visible(known, id));
        KpiView view = access.view(kpi);
        return new KpiDetail(reads.cards(List.of(kpi), DAYS).get(0), view.canManage(), view.canChangeJql());
    }
}
