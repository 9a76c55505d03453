package dev.waypoint.jira.ao;

import dev.waypoint.alignment.KpiAlignmentRepositoryContract;
import dev.waypoint.kpi.testdata.KpiRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link KpiAlignmentRepositoryContract} on real Active Objects over PostgreSQL (see {@link AoDatabaseExtension}). */
class AoKpiAlignmentRepositoryContractOnPostgresTest extends KpiAlignmentRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected KpiRepositories createRepositories() {
        return AoKpiRepositories.on(DATABASE.ao());
    }
}
