package dev.waypoint.jira.ao;

import dev.waypoint.refresh.KeyResultRefreshStatusRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link KeyResultRefreshStatusRepositoryContract} on real Active Objects over HSQLDB. */
class AoKeyResultRefreshStatusRepositoryContractTest extends KeyResultRefreshStatusRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected KpiRepositories createRepositories() {
        return AoKpiRepositories.on(DATABASE.ao());
    }
}
