package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.kpi.testdata.KpiRepositories;

/** The AO implementation of every KPI storage port (and the OKR ones they refer to), on one database. */
public final class AoKpiRepositories {

    private AoKpiRepositories() {
    }

    public static KpiRepositories on(ActiveObjects ao) {
        return new KpiRepositories(new AoKpiRepository(ao), new AoKpiValueRepository(ao),
                new AoKpiAlignmentRepository(ao), new AoKpiTargetChangeRepository(ao),
                new AoKeyResultRefreshStatusRepository(ao), AoOkrRepositories.on(ao));
    }
}
