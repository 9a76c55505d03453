package dev.waypoint.jira.ao;

import dev.waypoint.initiative.InitiativeRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link InitiativeRepositoryContract} on real Active Objects over PostgreSQL (see {@link AoDatabaseExtension}). */
class AoInitiativeRepositoryContractOnPostgresTest extends InitiativeRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.postgresql();

    @Override
    protected OkrRepositories createRepositories() {
        return AoOkrRepositories.on(DATABASE.ao());
    }
}
