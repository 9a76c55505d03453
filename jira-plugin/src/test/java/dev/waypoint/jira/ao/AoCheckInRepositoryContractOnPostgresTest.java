package dev.waypoint.jira.ao;

import dev.waypoint.checkin.CheckInRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link CheckInRepositoryContract} on real Active Objects over PostgreSQL (see {@link AoDatabaseExtension}). */
class AoCheckInRepositoryContractOnPostgresTest extends CheckInRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected OkrRepositories createRepositories() {
        return AoOkrRepositories.on(DATABASE.ao());
    }
}
