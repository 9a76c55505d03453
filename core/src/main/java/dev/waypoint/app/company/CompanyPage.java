package dev.waypoint.app.company;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.shared.ProjectKey;
import java.util.List;

/**
 * The first view of the company page (DESIGN §4): the cycles to choose from, the chosen cycle's company objectives
 * with their children loaded (the company level expanded), how many other top-level objectives there are (aligned to
 * no company objective; loaded on demand), the projects of the objectives the viewer may see (for the filter), and
 * what the viewer may do. Only what the viewer may see (DESIGN §5).
 *
 * @param cycle            the chosen cycle, or {@code null} when there is none yet
 * @param expectedProgress the elapsed fraction of the chosen cycle today
 * @param unaligned        visible objectives of the cycle that align to no visible objective of it, other than
 *                         company objectives
 * @param canManageCompany may create and change company objectives (Jira administrators and the company group)
 * @param canManageCycles  may close the cycle (the close wizard)
 */
public record CompanyPage(List<Cycle> cycles, Cycle cycle, double expectedProgress, List<CompanyNode> roots,
        int unaligned, List<ProjectKey> projects, boolean canManageCompany, boolean canManageCycles) {

    public CompanyPage {
        cycles = List.copyOf(cycles);
        roots = List.copyOf(roots);
        projects = List.copyOf(projects);
    }
}
