package dev.waypoint.jira.ao;

import dev.waypoint.kpi.KpiValueRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link KpiValueRepositoryContract} on real Active Objects over HSQLDB. */
class AoKpiValueRepositoryContractTest extends KpiValueRepositoryContract {

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
