package dev.waypoint.jira.ao;

import dev.waypoint.app.company.CompanyReadRepository;
import dev.waypoint.app.company.CompanyReadRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;
import org.junit.jupiter.api.AfterEach;

/** Core's {@link CompanyReadRepositoryContract} on real Active Objects over HSQLDB. */
class AoCompanyReadRepositoryContractTest extends CompanyReadRepositoryContract {

    private AoTestDatabase database;

    @Override
    protected OkrRepositories createRepositories() {
        database = new AoTestDatabase();
        return AoOkrRepositories.on(database.ao());
    }

    @Override
    protected CompanyReadRepository createRepository(OkrRepositories repositories) {
        return new AoCompanyReadRepository(database.ao());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
