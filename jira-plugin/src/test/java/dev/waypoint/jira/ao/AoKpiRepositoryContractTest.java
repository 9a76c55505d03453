package dev.waypoint.jira.ao;

import dev.waypoint.kpi.KpiRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link KpiRepositoryContract} on real Active Objects over HSQLDB. */
class AoKpiRepositoryContractTest extends KpiRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected KpiRepositories createRepositories() {
        return AoKpiRepositories.on(DATABASE.ao());
    }
}
