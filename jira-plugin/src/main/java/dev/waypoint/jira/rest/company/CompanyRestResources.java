package dev.waypoint.jira.rest.company;

import dev.waypoint.app.company.CompanyChildrenQuery;
import dev.waypoint.app.company.CompanyKpiTreeQuery;
import dev.waypoint.app.company.CompanyPageQuery;
import dev.waypoint.app.company.CompanyReading;
import dev.waypoint.app.company.CompanySearchQuery;
import dev.waypoint.app.cycle.CycleListQuery;
import dev.waypoint.jira.rest.admin.CycleManagementResource;
import java.util.List;

/**
 * Builds the resources of the company page and of the admin page's cycle list from their
 * {@link CompanyRestDependencies}, as Jira's Spring wiring builds them (META-INF/spring/plugin-context.xml); the
 * preview and the tests use it.
 *
 * <table>
 *   <caption>the resources</caption>
 *   <tr><td>{@link CompanyResource}</td><td>{@code /company}, {@code /company/cycles/{id}/children},
 *       {@code /company/cycles/{id}/search}, {@code /company/kpi-tree}</td></tr>
 *   <tr><td>{@link CycleManagementResource}</td><td>{@code /admin/cycles}</td></tr>
 * </table>
 */
public final class CompanyRestResources {

    private CompanyRestResources() {
    }

    public static List<Object> create(CompanyRestDependencies deps) {
        CompanyReading reading = new CompanyReading(deps.cycles(), deps.reads(), deps.permissions(),
                deps.currentUser(), deps.scoring(), deps.userNames(), deps.clock());
        return List.of(
                new CompanyResource(new CompanyPageQuery(reading), new CompanyChildrenQuery(reading),
                        new CompanySearchQuery(reading), new CompanyKpiTreeQuery(deps.kpis(), deps.kpiValues(),
                                deps.permissions(), deps.currentUser()), deps.clock()),
                new CycleManagementResource(new CycleListQuery(deps.cycles(), deps.inUse(), deps.permissions(),
                        deps.currentUser())));
    }
}
