package dev.waypoint.preview.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.jira.ao.AoCheckIn;
import dev.waypoint.jira.ao.AoCycle;
import dev.waypoint.jira.ao.AoInitiative;
import dev.waypoint.jira.ao.AoKeyResult;
import dev.waypoint.jira.ao.AoKpi;
import dev.waypoint.jira.ao.AoKpiValue;
import dev.waypoint.jira.ao.AoObjective;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many rows the preview's storage holds per table: what a restart must keep and a reset must rebuild. */
final class StoredRows {

    private StoredRows() {
    }

    static Map<String, Integer> of(ActiveObjects ao) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("cycles", ao.count(AoCycle.class));
        rows.put("objectives", ao.count(AoObjective.class));
        rows.put("keyResults", ao.count(AoKeyResult.class));
        rows.put("checkIns", ao.count(AoCheckIn.class));
        rows.put("initiatives", ao.count(AoInitiative.class));
        rows.put("kpis", ao.count(AoKpi.class));
        rows.put("kpiValues", ao.count(AoKpiValue.class));
        return rows;
    }
}
