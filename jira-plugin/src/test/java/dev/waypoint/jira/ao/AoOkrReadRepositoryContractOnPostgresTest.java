package dev.waypoint.jira.ao;

import dev.waypoint.progress.OkrReadRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link OkrReadRepositoryContract} on real Active Objects over PostgreSQL (see {@link AoDatabaseExtension}). */
class AoOkrReadRepositoryContractOnPostgresTest extends OkrReadRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected OkrRepositories createRepositories() {
        return AoOkrRepositories.on(DATABASE.ao());
    }
}
