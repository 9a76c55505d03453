package dev.waypoint.kpi.inmemory;

import dev.waypoint.kpi.KpiTargetChangeRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;

class InMemoryKpiTargetChangeRepositoryTest extends KpiTargetChangeRepositoryContract {

    @Override
    protected KpiRepositories createRepositories() {
        return KpiRepositories.inMemory();
    }
}
