package dev.waypoint.jira.ao;

import dev.waypoint.alignment.KpiAlignmentRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link KpiAlignmentRepositoryContract} on real Active Objects over HSQLDB. */
class AoKpiAlignmentRepositoryContractTest extends KpiAlignmentRepositoryContract {

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
