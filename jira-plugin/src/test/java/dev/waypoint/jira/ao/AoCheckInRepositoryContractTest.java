package dev.waypoint.jira.ao;

import dev.waypoint.checkin.CheckInRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link CheckInRepositoryContract} on real Active Objects over HSQLDB. */
class AoCheckInRepositoryContractTest extends CheckInRepositoryContract {

    private AoTestDatabase database;

    @Override
    protected OkrRepositories createRepositories() {
        database = new AoTestDatabase();
        return AoOkrRepositories.on(database.ao());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
