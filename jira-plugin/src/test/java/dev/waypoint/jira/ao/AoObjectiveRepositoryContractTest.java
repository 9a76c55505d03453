package dev.waypoint.jira.ao;

import dev.waypoint.objective.ObjectiveRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link ObjectiveRepositoryContract} on real Active Objects over HSQLDB. */
class AoObjectiveRepositoryContractTest extends ObjectiveRepositoryContract {

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
