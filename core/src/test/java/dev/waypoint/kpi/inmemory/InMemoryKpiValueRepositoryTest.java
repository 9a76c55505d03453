package dev.waypoint.kpi.inmemory;

import dev.waypoint.kpi.KpiValueRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;

class InMemoryKpiValueRepositoryTest extends KpiValueRepositoryContract {

    @Override
    protected KpiRepositories createRepositories() {
        return KpiRepositories.inMemory();
    }
}
