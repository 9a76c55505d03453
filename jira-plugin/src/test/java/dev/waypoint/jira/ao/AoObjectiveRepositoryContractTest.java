package dev.waypoint.jira.ao;

import dev.waypoint.objective.ObjectiveRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link ObjectiveRepositoryContract} on real Active Objects over HSQLDB. */
class AoObjectiveRepositoryContractTest extends ObjectiveRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected OkrRepositories createRepositories() {
        return AoOkrRepositories.on(DATABASE.ao());
    }
}
