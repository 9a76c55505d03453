package dev.waypoint.kpi;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which stored KPIs a definition may name as its parent or as a composite's children ({@link KpiValidator}).
 *
 * <p>A user names only KPIs they may see ({@link #nameable}; any other is reported as missing, so that the answer does
 * not tell whether an invisible KPI exists), and a composite they author combines only KPIs of its own project or
 * global ones ({@link #ofItsScopeOnly}; children it already had may stay where neither they nor its scope change).
 * Waypoint's own sample data may build company composites across projects ({@link #ANY}): the read rule protects
 * their values all the same (a composite is visible only to viewers who may see all its children,
 * {@code dev.waypoint.access.KpiPermissions#canView}).
 *
 * @param nameable       the stored KPIs the definition may name
 * @param ofItsScopeOnly the composite children that must belong to the composite's project or to none
 */
public record KpiNaming(Predicate<KpiId> nameable, Predicate<KpiId> ofItsScopeOnly) {

    /** Every stored KPI, composites across projects included: for sample data and tests. */
    public static final KpiNaming ANY = new KpiNaming(id -> true, id -> false);

    public KpiNaming {
        Objects.requireNonNull(nameable, "'nameable' must not be null");
        Objects.requireNonNull(ofItsScopeOnly, "'ofItsScopeOnly' must not be null");
    }

    /** As a user names KPIs in a new definition: those they may see, and children of the composite's scope. */
    public static KpiNaming byAuthor(Predicate<KpiId> visible) {
        return new KpiNaming(visible, id -> true);
    }
}
