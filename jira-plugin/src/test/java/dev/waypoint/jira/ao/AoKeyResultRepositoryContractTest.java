package dev.waypoint.jira.ao;

import dev.waypoint.keyresult.KeyResultRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Core's {@link KeyResultRepositoryContract} on real Active Objects over HSQLDB. */
class AoKeyResultRepositoryContractTest extends KeyResultRepositoryContract {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    @Override
    protected OkrRepositories createRepositories() {
        return AoOkrRepositories.on(DATABASE.ao());
    }
}
