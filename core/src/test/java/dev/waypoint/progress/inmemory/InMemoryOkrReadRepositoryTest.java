package dev.waypoint.progress.inmemory;

import dev.waypoint.progress.OkrReadRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;

class InMemoryOkrReadRepositoryTest extends OkrReadRepositoryContract {

    @Override
    protected OkrRepositories createRepositories() {
        return OkrRepositories.inMemory();
    }
}
