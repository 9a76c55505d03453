package dev.waypoint.refresh.inmemory;

import dev.waypoint.kpi.testdata.KpiRepositories;
import dev.waypoint.refresh.KeyResultRefreshStatusRepositoryContract;

class InMemoryKeyResultRefreshStatusRepositoryTest extends KeyResultRefreshStatusRepositoryContract {

    @Override
    protected KpiRepositories createRepositories() {
        return KpiRepositories.inMemory();
    }
}
