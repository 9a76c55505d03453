package dev.waypoint.cycle.inmemory;

import dev.waypoint.cycle.CycleRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;

class InMemoryCycleRepositoryTest extends CycleRepositoryContract {

    @Override
    protected OkrRepositories createRepositories() {
        return OkrRepositories.inMemory();
    }
}
