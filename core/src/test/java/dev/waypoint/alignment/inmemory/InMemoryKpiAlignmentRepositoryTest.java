package dev.waypoint.alignment.inmemory;

import dev.waypoint.alignment.KpiAlignmentRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;

class InMemoryKpiAlignmentRepositoryTest extends KpiAlignmentRepositoryContract {

    @Override
    protected KpiRepositories createRepositories() {
        return KpiRepositories.inMemory();
    }
}
