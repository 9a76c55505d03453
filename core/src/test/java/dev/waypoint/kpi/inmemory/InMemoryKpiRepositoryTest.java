package dev.waypoint.kpi.inmemory;

import dev.waypoint.kpi.KpiRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;

class InMemoryKpiRepositoryTest extends KpiRepositoryContract {

    @Override
    protected KpiRepositories createRepositories() {
        return KpiRepositories.inMemory();
    }
}
