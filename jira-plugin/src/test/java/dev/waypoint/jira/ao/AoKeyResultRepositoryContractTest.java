package dev.waypoint.jira.ao;

import dev.waypoint.keyresult.KeyResultRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link KeyResultRepositoryContract} on real Active Objects over HSQLDB. */
class AoKeyResultRepositoryContractTest extends KeyResultRepositoryContract {

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
