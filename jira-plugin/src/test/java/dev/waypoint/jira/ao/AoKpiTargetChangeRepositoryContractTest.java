package dev.waypoint.jira.ao;

import dev.waypoint.kpi.KpiTargetChangeRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link KpiTargetChangeRepositoryContract} on real Active Objects over HSQLDB. */
class AoKpiTargetChangeRepositoryContractTest extends KpiTargetChangeRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected KpiRepositories createRepositories() {
        return AoKpiRepositories.on(DATABASE.ao());
    }
}
