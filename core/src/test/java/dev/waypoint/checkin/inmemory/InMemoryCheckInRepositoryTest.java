package dev.waypoint.checkin.inmemory;

import dev.waypoint.checkin.CheckInRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;

class InMemoryCheckInRepositoryTest extends CheckInRepositoryContract {

    @Override
    protected OkrRepositories createRepositories() {
        return OkrRepositories.inMemory();
    }
}
