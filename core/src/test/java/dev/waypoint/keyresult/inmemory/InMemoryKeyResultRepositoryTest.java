package dev.waypoint.keyresult.inmemory;

import dev.waypoint.keyresult.KeyResultRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;

class InMemoryKeyResultRepositoryTest extends KeyResultRepositoryContract {

    @Override
    protected OkrRepositories createRepositories() {
        return OkrRepositories.inMemory();
    }
}
