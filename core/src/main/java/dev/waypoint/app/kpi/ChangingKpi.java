package dev.waypoint.app.kpi;

import dev.waypoint.access.Scope;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDefaults;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiNaming;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.shared.UserKey;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces a KPI's definition (its owner defaults to the current one, its refresh interval to the admin's default).
 * Its managers may; moving it to another scope or giving it to another owner follows the rule for creating it there,
 * and changing what its queries count needs its owner or a Jira administrator ({@code KpiPermissions#canChange}). A
 * new parent or composite child must be a KPI the viewer sees (those it had stay), and a new composite child, or any
 * child of a composite moved to another scope, must belong to its project or to none. A parent the viewer may not see
 * is kept when the edit names no parent (they were never shown it) and is not named in the answer. Reads every stored
 * KPI once.
 */
public final class ChangingKpi {

    private final KpiAccess access;
    private final KpiService kpis;
    private final KpiDefaults defaults;

    public ChangingKpi(KpiAccess access, KpiService kpis, KpiDefaults defaults) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.defaults = Objects.requireNonNull(defaults, "'defaults' must not be null");
    }

    /**
     * @param version the version the viewer edited
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not allowed to change it, or to move it there
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.ConflictException     changed since {@code version}
     * @throws dev.waypoint.shared.InvalidInputException every bad field
     */
    public KpiView change(KpiId id, long version, KpiDefinition input) {
        Objects.requireNonNull(input, "'input' must not be null");
        UserKey viewer = access.requireLicensed();
        KnownKpis known = access.kpis().everything(access.viewer());
        Kpi existing = KpiAccess.visible(known, id);
        KpiDefinition given = input.orDefaults(existing.owner(), defaults.refreshMinutes());
        // the viewer was never told of a parent they may not see (KnownKpis.asSeen): naming none keeps it
        KpiDefinition definition = given.parentId() == null && existing.parentId() != null
                && !known.isVisible(existing.parentId()) ? given.withParentId(existing.parentId()) : given;
        access.permissions().requireChange(access.viewer(), existing, Scope.of(definition.project()),
                definition.owner(), KpiSource.changesQueries(existing.source(), definition.source()));
        Set<KpiId> children = Set.copyOf(existing.compositeChildren());
        Set<KpiId> kept = new HashSet<>(children);
        if (existing.parentId() != null) {
            kept.add(existing.parentId());
        }
        boolean moved = !Objects.equals(existing.project(), definition.project());
        KpiNaming naming = new KpiNaming(reference -> known.isVisible(reference) || kept.contains(reference),
                child -> moved || !children.contains(child));
        Kpi updated = kpis.update(viewer, existing, version, definition, known.stored(), naming);
        return access.view(known.asSeen(updated));
    }
}
