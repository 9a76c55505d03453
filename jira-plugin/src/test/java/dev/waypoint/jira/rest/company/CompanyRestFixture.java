package dev.waypoint.jira.rest.company;

import dev.waypoint.app.company.inmemory.PortCompanyReadRepository;
import dev.waypoint.app.cycle.PortCyclesInUse;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.shared.inmemory.ImmediateTransactions;
import dev.waypoint.testdata.OkrRepositories;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link OkrRestFixture}'s data set (company objectives, a TEAM objective, a personal one, one of a project nobody of
 * the roles browses) on in-memory storage, with the company page's and the admin cycle list's resources besides the
 * OKR resources (to change data in between).
 */
final class CompanyRestFixture {

    final InMemoryKpiRepository kpis = new InMemoryKpiRepository();
    final InMemoryKpiValueRepository kpiValues = new InMemoryKpiValueRepository();
    final OkrRestFixture okr;
    private final OkrStorage storage;

    CompanyRestFixture() {
        OkrRepositories repositories = OkrRepositories.inMemory();
        storage = new OkrStorage(repositories.cycles(), repositories.objectives(), repositories.keyResults(),
                repositories.checkIns(), repositories.initiatives(), repositories.reads());
        okr = new OkrRestFixture(storage, new ImmediateTransactions(), kpis);
    }

    /** The company page's and the admin cycle list's resources. */
    List<Object> companyResources(RestHarness harness) {
        return CompanyRestResources.create(new CompanyRestDependencies(harness.currentUser(), harness.permissions(),
                storage.cycles(), new PortCompanyReadRepository(storage.objectives(), storage.keyResults(),
                        storage.checkIns()), new PortCyclesInUse(storage.objectives()), kpis, kpiValues,
                ScoringSettings::defaults, OkrRestFixture.USER_NAMES, harness.clock()));
    }

    /** Those and the OKR resources. */
    List<Object> resources(RestHarness harness) {
        List<Object> all = new ArrayList<>(companyResources(harness));
        all.addAll(okr.resources(harness));
        return all;
    }
}
