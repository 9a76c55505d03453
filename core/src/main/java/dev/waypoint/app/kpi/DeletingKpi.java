package dev.waypoint.app.kpi;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import java.util.Objects;

/**
 * Deletes a KPI with its values, alignments and target history; its managers may. Refused while other KPIs depend on
 * it (its children in the tree, or composites using it). Reads every stored KPI once.
 */
public final class DeletingKpi {

    private final KpiAccess access;
    private final KpiDeletion deletion;

    public DeletingKpi(KpiAccess access, KpiDeletion deletion) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.deletion = Objects.requireNonNull(deletion, "'deletion' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, or may not manage it
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.ConflictException     other KPIs depend on it
     */
    public void delete(KpiId id) {
        KnownKpis known = access.everything();
        Kpi kpi = KpiAccess.visible(known, id);
        access.permissions().requireManage(access.viewer(), kpi);
        deletion.delete(kpi, known.stored());
    }
}
