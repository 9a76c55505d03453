package dev.waypoint.app.company;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Search and filters of the company page: by title, project, level and status (pace in an open cycle, grade band in
 * a closed one), over the objectives the viewer may see in the cycle, read with
 * {@link CompanyReadRepository#loadCycle} (a fixed number of statements).
 */
public final class CompanySearchQuery {

    /** Most matches returned. */
    public static final int LIMIT = 100;

    private final CompanyReading reading;

    public CompanySearchQuery(CompanyReading reading) {
        this.reading = Objects.requireNonNull(reading, "'reading' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 for nobody, 403 without licence
     * @throws dev.waypoint.shared.NotFoundException      if the cycle does not exist
     */
    public CompanySearchResult search(CycleId cycleId, CompanyFilter filter) {
        reading.requireLicensed();
        Cycle cycle = reading.cycle(cycleId);
        CompanyTree tree = reading.tree(cycle, reading.reads().loadCycle(cycle.id()));
        List<CompanyMatch> matches = new ArrayList<>();
        int total = 0;
        for (Objective objective : inTreeOrder(tree)) {
            CompanyNode node = tree.node(objective);
            if (matches(node, filter)) {
                total++;
                if (matches.size() < LIMIT) {
                    matches.add(new CompanyMatch(node, path(tree, objective)));
                }
            }
        }
        List<CompanyNode> named = reading.named(matches.stream().map(CompanyMatch::node).toList());
        List<CompanyMatch> result = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            result.add(new CompanyMatch(named.get(i), matches.get(i).path()));
        }
        return new CompanySearchResult(result, total);
    }

    static boolean matches(CompanyNode node, CompanyFilter filter) {
        Objective o = node.objective();
        return (filter.text() == null
                || o.title().toLowerCase(Locale.ROOT).contains(filter.text().toLowerCase(Locale.ROOT)))
                && (filter.project() == null || filter.project().equals(o.project()))
                && (filter.level() == null || filter.level() == o.level())
                && (filter.pace() == null || filter.pace() == node.pace())
                && (filter.band() == null || filter.band() == node.band());
    }

    /** Depth first from the roots, each level in the tree's order. */
    private static List<Objective> inTreeOrder(CompanyTree tree) {
        List<Objective> ordered = new ArrayList<>();
        Set<ObjectiveId> seen = new HashSet<>();
        ArrayList<Objective> stack = new ArrayList<>(tree.roots().reversed());
        while (!stack.isEmpty()) {
            Objective next = stack.remove(stack.size() - 1);
            if (seen.add(next.id())) {
                ordered.add(next);
                stack.addAll(tree.childrenOf(next.id()).reversed());
            }
        }
        return ordered;
    }

    private static List<String> path(CompanyTree tree, Objective objective) {
        List<String> titles = new ArrayList<>();
        Set<ObjectiveId> seen = new HashSet<>();
        for (ObjectiveId parent = objective.parentId(); parent != null && tree.isVisible(parent) && seen.add(parent);
                parent = tree.objective(parent).parentId()) {
            titles.add(0, tree.objective(parent).title());
        }
        return titles;
    }
}
