package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.ProjectKey;
import java.util.List;
import java.util.Objects;

/** Lists KPIs: those the viewer may see, and the KPI tree below one of them. One read each. */
public final class KpiDirectoryQuery {

    private final KpiAccess access;

    public KpiDirectoryQuery(KpiAccess access) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
    }

    /**
     * The KPIs the viewer may see, ordered by id; with {@code project}, only that project's.
     *
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     */
    public List<Kpi> list(ProjectKey project) {
        access.requireLicensed();
        return access.kpis().all(access.viewer()).stream()
                .filter(kpi -> project == null || project.equals(kpi.project()))
                .toList();
    }

    /**
     * The direct children in the KPI tree of a KPI the viewer may see: those the viewer may see, ordered by id.
     *
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     */
    public List<Kpi> children(KpiId parentId) {
        KnownKpis known = access.everything();
        Kpi parent = KpiAccess.visible(known, parentId);
        return known.visible().stream().filter(kpi -> parent.id().equals(kpi.parentId())).toList();
    }
}
