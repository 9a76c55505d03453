package dev.waypoint.jira.ao;

import dev.waypoint.cycle.CycleRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link CycleRepositoryContract} on real Active Objects over HSQLDB. */
class AoCycleRepositoryContractTest extends CycleRepositoryContract {

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
