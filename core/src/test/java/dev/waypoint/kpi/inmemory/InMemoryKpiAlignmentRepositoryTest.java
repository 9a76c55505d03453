package dev.waypoint.kpi.inmemory;

import dev.waypoint.kpi.KpiAlignmentRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;

class InMemoryKpiAlignmentRepositoryTest extends KpiAlignmentRepositoryContract {

    @Override
    protected KpiRepositories createRepositories() {
        return KpiRepositories.inMemory();
    }
}
