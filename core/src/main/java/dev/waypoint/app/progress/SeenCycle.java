package dev.waypoint.app.progress;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.progress.Visibility;
import java.util.Map;
import java.util.Objects;

/**
 * What the current user may see of a cycle's snapshot ({@link ViewerVisibility}).
 *
 * @param kpiFormats how the KPIs that visible key results are bound to show their values; a KPI the viewer may not
 *                   see (or that was deleted) is absent
 * @param kpiNames   the names of those KPIs
 */
public record SeenCycle(Visibility visibility, Map<KpiId, KpiValueFormat> kpiFormats, Map<KpiId, String> kpiNames) {

    public SeenCycle(Visibility visibility, Map<KpiId, KpiValueFormat> kpiFormats) {
        this(visibility, kpiFormats, Map.of());
    }

    public SeenCycle {
        Objects.requireNonNull(visibility, "'visibility' must not be null");
        kpiFormats = Map.copyOf(kpiFormats);
        kpiNames = Map.copyOf(kpiNames);
    }
}
