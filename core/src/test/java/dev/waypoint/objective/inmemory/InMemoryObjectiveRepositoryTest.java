package dev.waypoint.objective.inmemory;

import dev.waypoint.objective.ObjectiveRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;

class InMemoryObjectiveRepositoryTest extends ObjectiveRepositoryContract {

    @Override
    protected OkrRepositories createRepositories() {
        return OkrRepositories.inMemory();
    }
}
