package dev.waypoint.jira.ao;

import dev.waypoint.initiative.InitiativeRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link InitiativeRepositoryContract} on real Active Objects over HSQLDB. */
class AoInitiativeRepositoryContractTest extends InitiativeRepositoryContract {

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
