package dev.waypoint.objective.read.inmemory;

import dev.waypoint.objective.read.OkrReadRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;

class InMemoryOkrReadRepositoryTest extends OkrReadRepositoryContract {

    @Override
    protected OkrRepositories createRepositories() {
        return OkrRepositories.inMemory();
    }
}
