package dev.waypoint.jira.ao;

import dev.waypoint.kpi.KpiRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link KpiRepositoryContract} on real Active Objects over PostgreSQL (see {@link AoDatabaseExtension}). */
class AoKpiRepositoryContractOnPostgresTest extends KpiRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected KpiRepositories createRepositories() {
        return AoKpiRepositories.on(DATABASE.ao());
    }
}
