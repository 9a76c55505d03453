package dev.waypoint.app.company;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CurrentCycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The company page's first view ({@link CompanyPage}): every cycle (one statement), the chosen cycle's objectives,
 * key results and check-ins ({@link CompanyReadRepository#loadCycle}: a fixed number of statements whatever its
 * size), and the display names of the owners shown (one lookup). Without a chosen cycle it shows the current cycle,
 * as every other surface does ({@link CurrentCycle}).
 */
public final class CompanyPageQuery {

    private final CompanyReading reading;

    public CompanyPageQuery(CompanyReading reading) {
        this.reading = Objects.requireNonNull(reading, "'reading' must not be null");
    }

    /**
     * @param cycleId the chosen cycle, or empty for the default one
     * @throws dev.waypoint.access.AccessDeniedException 401 for nobody, 403 without licence
     * @throws NotFoundException                          if the chosen cycle does not exist
     */
    public CompanyPage page(Optional<CycleId> cycleId) {
        reading.requireLicensed();
        List<Cycle> cycles = reading.cycles().findAll();
        Cycle cycle = cycleId.isPresent()
                ? cycles.stream().filter(c -> c.id().equals(cycleId.get())).findFirst()
                        .orElseThrow(() -> new NotFoundException("Cycle", cycleId.get()))
                : CurrentCycle.of(cycles, reading.today()).orElse(null);
        boolean manageCompany = reading.permissions().canManageCompany(reading.viewer());
        boolean manageCycles = reading.permissions().canManageCycles(reading.viewer());
        if (cycle == null) {
            return new CompanyPage(cycles, null, 0, List.of(), 0, List.of(), manageCompany, manageCycles);
        }
        CompanyTree tree = reading.tree(cycle, reading.reads().loadCycle(cycle.id()));
        List<Objective> roots = tree.roots();
        List<CompanyNode> company = roots.stream().filter(CompanyTree::isCompany)
                .map(root -> tree.node(root).withChildren(tree.childrenOf(root.id()).stream().map(tree::node).toList()))
                .toList();
        List<ProjectKey> projects = tree.visibleObjectives().stream().map(Objective::project)
                .filter(Objects::nonNull).distinct().sorted(Comparator.comparing(ProjectKey::value)).toList();
        return new CompanyPage(cycles, cycle, tree.expectedProgress(), reading.named(company),
                roots.size() - company.size(), projects, manageCompany, manageCycles && !cycle.isClosed());
    }
}
