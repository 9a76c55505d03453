package dev.waypoint.jira.rest.company;

import dev.waypoint.jira.rest.admin.CycleManagementResource;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import java.util.List;

/**
 * {@link OkrRestFixture}'s data set (company objectives, a TEAM objective, a personal one, one of a project nobody of
 * the roles browses) on in-memory storage, with the app's resources: the company page's and the admin cycle list's
 * alone, or all of them (to change data in between).
 */
final class CompanyRestFixture {

    final OkrRestFixture okr = OkrRestFixture.inMemory();
    final InMemoryKpiRepository kpis = (InMemoryKpiRepository) okr.storage().kpis();
    final InMemoryKpiValueRepository kpiValues = (InMemoryKpiValueRepository) okr.storage().kpiValues();

    /** The company page's and the admin cycle list's resources. */
    List<Object> companyResources(RestHarness harness) {
        return resources(harness).stream()
                .filter(r -> r instanceof CompanyResource || r instanceof CycleManagementResource).toList();
    }

    /** Every resource of the app. */
    List<Object> resources(RestHarness harness) {
        return okr.resources(harness);
    }
}
