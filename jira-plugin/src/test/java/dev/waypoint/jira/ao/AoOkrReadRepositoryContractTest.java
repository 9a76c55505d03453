package dev.waypoint.jira.ao;

import dev.waypoint.progress.OkrReadRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link OkrReadRepositoryContract} on real Active Objects over HSQLDB. */
class AoOkrReadRepositoryContractTest extends OkrReadRepositoryContract {

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
