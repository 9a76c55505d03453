package dev.waypoint.jira.ao;

import dev.waypoint.kpi.KpiTargetChangeRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link KpiTargetChangeRepositoryContract} on real Active Objects over HSQLDB. */
class AoKpiTargetChangeRepositoryContractTest extends KpiTargetChangeRepositoryContract {

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
