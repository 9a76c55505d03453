package dev.waypoint.jira.ao;

import dev.waypoint.kpi.KpiValueRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link KpiValueRepositoryContract} on real Active Objects over HSQLDB. */
class AoKpiValueRepositoryContractTest extends KpiValueRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected KpiRepositories createRepositories() {
        return AoKpiRepositories.on(DATABASE.ao());
    }
}
