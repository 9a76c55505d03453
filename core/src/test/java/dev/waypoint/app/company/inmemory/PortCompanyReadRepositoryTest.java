package dev.waypoint.app.company.inmemory;

import dev.waypoint.app.company.CompanyReadRepository;
import dev.waypoint.app.company.CompanyReadRepositoryContract;
import dev.waypoint.testdata.OkrRepositories;

class PortCompanyReadRepositoryTest extends CompanyReadRepositoryContract {

    @Override
    protected OkrRepositories createRepositories() {
        return OkrRepositories.inMemory();
    }

    @Override
    protected CompanyReadRepository createRepository(OkrRepositories repositories) {
        return new PortCompanyReadRepository(repositories.objectives(), repositories.keyResults(),
                repositories.checkIns());
    }
}
