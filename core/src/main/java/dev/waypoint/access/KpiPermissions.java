package dev.waypoint.access;

import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.shared.UserKey;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Permissions} applied to KPIs. A KPI lives in its project's scope, or the company's without a project. Its
 * values are counts of issues, so who may see them is decided by every scope they derive from: its own, and for a
 * COMPOSITE those of its children, recursively (DESIGN §5: "a composite KPI is visible only to viewers who may see all
 * its children"). Its owner and the administrators of its scope manage it; its queries and its owner only the owner
 * and Jira administrators may change, because the refresh job runs them as the owner.
 */
public final class KpiPermissions {

    private final Permissions permissions;

    public KpiPermissions(Permissions permissions) {
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
    }

    /** The scope-level policy these rules apply. */
    public Permissions scopes() {
        return permissions;
    }

    public static Scope scopeOf(Kpi kpi) {
        return Scope.of(kpi.project());
    }

    /**
     * The scopes the KPI's values derive from: its own and, for a composite, those of its children and their
     * children, as far as {@code known} holds them (a deleted child contributes nothing; loops are followed once).
     */
    public static Set<Scope> sourceScopes(Kpi kpi, Map<KpiId, Kpi> known) {
        Set<Scope> scopes = new LinkedHashSet<>();
        Set<KpiId> seen = new HashSet<>();
        Deque<Kpi> todo = new ArrayDeque<>();
        todo.add(kpi);
        while (!todo.isEmpty()) {
            Kpi next = todo.removeFirst();
            if (next.id() != null && !seen.add(next.id())) {
                continue;
            }
            scopes.add(scopeOf(next));
            if (next.source() instanceof KpiSource.Composite composite) {
                for (CompositeChild child : composite.children()) {
                    Kpi found = known.get(child.kpiId());
                    if (found != null) {
                        todo.add(found);
                    }
                }
            }
        }
        return scopes;
    }

    /** The composite children (recursively) that {@code known} must hold for {@link #sourceScopes}, beyond it. */
    public static Set<KpiId> missingChildren(Map<KpiId, Kpi> known) {
        Set<KpiId> missing = new LinkedHashSet<>();
        for (Kpi kpi : known.values()) {
            if (kpi.source() instanceof KpiSource.Composite composite) {
                composite.children().stream().map(CompositeChild::kpiId).filter(id -> !known.containsKey(id))
                        .forEach(missing::add);
            }
        }
        return missing;
    }

    /**
     * Whether the viewer may see the KPI and its values: every scope they derive from.
     *
     * @param known the KPI's composite children (recursively), by id; see {@link #sourceScopes}
     */
    public boolean canView(Optional<UserKey> viewer, Kpi kpi, Map<KpiId, Kpi> known) {
        return sourceScopes(kpi, known).stream().allMatch(scope -> permissions.canView(viewer, scope));
    }

    /** Whether the viewer may change the KPI's definition, record its values, refresh or delete it. */
    public boolean canManage(Optional<UserKey> viewer, Kpi kpi) {
        return permissions.canManageKpi(viewer, scopeOf(kpi), kpi.owner());
    }

    /** Whether the viewer may change the KPI's queries or its owner (the owner and Jira administrators). */
    public boolean canChangeJql(Optional<UserKey> viewer, Kpi kpi) {
        return permissions.canChangeKpiJql(viewer, scopeOf(kpi), kpi.owner());
    }

    /** Whether the viewer may create a KPI in {@code scope} owned by {@code owner} (or move one there). */
    public boolean canCreate(Optional<UserKey> viewer, Scope scope, UserKey owner) {
        return permissions.canCreateKpi(viewer, scope, owner);
    }

    /** @throws AccessDeniedException 403 unless {@link #canManage} */
    public void requireManage(Optional<UserKey> viewer, Kpi kpi) {
        permissions.requireManageKpi(viewer, scopeOf(kpi), kpi.owner());
    }

    /** @throws AccessDeniedException 403 unless the viewer may set queries run as {@code owner} in {@code scope} */
    public void requireChangeJql(Optional<UserKey> viewer, Scope scope, UserKey owner) {
        permissions.requireChangeKpiJql(viewer, scope, owner);
    }

    /** @throws AccessDeniedException 401 / 403 unless {@link #canCreate} */
    public void requireCreate(Optional<UserKey> viewer, Scope scope, UserKey owner) {
        permissions.requireCreateKpi(viewer, scope, owner);
    }

    /**
     * Whether the viewer may replace the definition of {@code existing} by one in {@code scope}, owned by
     * {@code owner}: they must manage it; moving it to another scope or giving it to another owner follows the rule
     * for creating it there (DESIGN §5: the owner of a project KPI may not make it global, since they may not create
     * a global KPI); changing what its queries count needs the right to set queries run as its owner.
     *
     * @param queriesChange whether the new source changes what the KPI's queries count
     *                      ({@code KpiSource.changesQueries})
     */
    public boolean canChange(Optional<UserKey> viewer, Kpi existing, Scope scope, UserKey owner,
            boolean queriesChange) {
        if (!canManage(viewer, existing)) {
            return false;
        }
        if (!scopeOf(existing).equals(scope) || !existing.owner().equals(owner)) {
            return canCreate(viewer, scope, owner);
        }
        return !queriesChange || permissions.canChangeKpiJql(viewer, scope, owner);
    }

    /** @throws AccessDeniedException 401 / 403 unless {@link #canChange}, with the reason of the rule refused */
    public void requireChange(Optional<UserKey> viewer, Kpi existing, Scope scope, UserKey owner,
            boolean queriesChange) {
        requireManage(viewer, existing);
        if (!scopeOf(existing).equals(scope) || !existing.owner().equals(owner)) {
            requireCreate(viewer, scope, owner);
        } else if (queriesChange) {
            requireChangeJql(viewer, scope, owner);
        }
    }
}
