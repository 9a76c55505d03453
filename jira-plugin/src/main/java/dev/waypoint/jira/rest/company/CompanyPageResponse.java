package dev.waypoint.jira.rest.company;

import dev.waypoint.app.company.CompanyPage;
import dev.waypoint.jira.rest.cycle.CycleResponse;
import dev.waypoint.shared.ProjectKey;
import java.util.List;

/**
 * The first view of the company page: the cycles to choose from, the chosen one, its company objectives with their
 * children, the number of other top-level objectives, the projects to filter by and what the caller may do.
 *
 * @param cycle            the chosen cycle, or {@code null} without cycles
 * @param expectedProgress the elapsed fraction of the cycle today
 * @param unaligned        objectives aligned to no company objective the caller may see; load them with
 *                         {@code .../children} without {@code parent}
 * @param canManageCompany may create and change company objectives
 * @param canClose         may close the cycle (the close wizard); false for a closed cycle
 */
public record CompanyPageResponse(List<CycleResponse> cycles, CycleResponse cycle, double expectedProgress,
        List<CompanyNodeResponse> objectives, int unaligned, List<String> projects, boolean canManageCompany,
        boolean canClose) {

    public static CompanyPageResponse of(CompanyPage page) {
        return new CompanyPageResponse(page.cycles().stream().map(CycleResponse::of).toList(),
                page.cycle() == null ? null : CycleResponse.of(page.cycle()), page.expectedProgress(),
                page.roots().stream().map(CompanyNodeResponse::of).toList(), page.unaligned(),
                page.projects().stream().map(ProjectKey::value).toList(), page.canManageCompany(),
                page.canManageCycles());
    }
}
