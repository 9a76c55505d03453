package dev.waypoint.app.company;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.NotFoundException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Expanding a node of the company page: the child objectives of one objective, each with its own progress, read with
 * {@link CompanyReadRepository#loadSubtree} (only what lies below the node). Without a parent: the top-level
 * objectives of the cycle that are not company objectives (aligned to no objective the viewer may see in the cycle),
 * read with the whole cycle.
 */
public final class CompanyChildrenQuery {

    private final CompanyReading reading;

    public CompanyChildrenQuery(CompanyReading reading) {
        this.reading = Objects.requireNonNull(reading, "'reading' must not be null");
    }

    /**
     * @param parent the expanded objective, or empty for the unaligned top level
     * @throws dev.waypoint.access.AccessDeniedException 401 for nobody, 403 without licence
     * @throws NotFoundException if the cycle does not exist, or the parent is not an objective of the cycle that the
     *                           viewer may see
     */
    public List<CompanyNode> children(CycleId cycleId, Optional<ObjectiveId> parent) {
        reading.requireLicensed();
        Cycle cycle = reading.cycle(cycleId);
        if (parent.isEmpty()) {
            CompanyTree tree = reading.tree(cycle, reading.reads().loadCycle(cycle.id()));
            return reading.named(tree.roots().stream().filter(o -> !CompanyTree.isCompany(o)).map(tree::node)
                    .toList());
        }
        ObjectiveId parentId = parent.get();
        CompanyTree tree = reading.tree(cycle, reading.reads().loadSubtree(cycle.id(), parentId));
        if (!tree.isVisible(parentId)) {
            throw new NotFoundException("Objective", parentId);
        }
        return reading.named(tree.childrenOf(parentId).stream().map(tree::node).toList());
    }
}
