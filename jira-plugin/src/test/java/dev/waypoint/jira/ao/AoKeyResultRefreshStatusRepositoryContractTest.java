package dev.waypoint.jira.ao;

import dev.waypoint.refresh.KeyResultRefreshStatusRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link KeyResultRefreshStatusRepositoryContract} on real Active Objects over HSQLDB. */
class AoKeyResultRefreshStatusRepositoryContractTest extends KeyResultRefreshStatusRepositoryContract {

    private AoTestDatabase database;

    @Override
    protected KpiRepositories createRepositories() {
        database = new AoTestDatabase();
        return AoKpiRepositories.on(database.ao());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
