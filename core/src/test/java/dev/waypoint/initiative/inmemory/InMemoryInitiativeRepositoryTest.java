package dev.waypoint.initiative.inmemory;

import dev.waypoint.initiative.InitiativeRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;

class InMemoryInitiativeRepositoryTest extends InitiativeRepositoryContract {

    @Override
    protected OkrRepositories createRepositories() {
        return OkrRepositories.inMemory();
    }
}
