package dev.waypoint.jira.ao;

import dev.waypoint.initiative.InitiativeRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link InitiativeRepositoryContract} on real Active Objects over HSQLDB. */
class AoInitiativeRepositoryContractTest extends InitiativeRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected OkrRepositories createRepositories() {
        return AoOkrRepositories.on(DATABASE.ao());
    }
}
