package dev.waypoint.kpi;

import dev.waypoint.shared.Limits;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key performance indicator (DESIGN §3 "KPI"). The checks here guard invariants; user input is validated with field
 * messages by {@link KpiValidator} before a record is built, so a failing check here is a programming error.
 *
 * @param id             {@code null} until the repository inserts the KPI
 * @param description    optional
 * @param unit           optional, e.g. {@code "tickets"}, at most {@link Limits#UNIT} characters
 * @param target         the healthy bound
 * @param warning        the amber bound, optional; strictly on the unhealthy side of the target
 * @param project        the scope: {@code null} for a global KPI, otherwise only viewers who may browse the project
 *                       see it
 * @param parentId       the parent in the KPI tree (seed 004), optional
 * @param refreshMinutes how often the refresh job evaluates the source, {@link #MIN_REFRESH_MINUTES} to
 *                       {@link #MAX_REFRESH_MINUTES}
 * @param version        optimistic-locking version; 0 when inserted, +1 on every update
 */
public record Kpi(
        KpiId id,
        String name,
        String description,
        String unit,
        KpiFormat format,
        KpiDirection direction,
        double target,
        Double warning,
        UserKey owner,
        ProjectKey project,
        KpiId parentId,
        int refreshMinutes,
        KpiSource source,
        long version) {

    public static final int DEFAULT_REFRESH_MINUTES = 60;
    public static final int MIN_REFRESH_MINUTES = 5;
    /** One week. */
    public static final int MAX_REFRESH_MINUTES = 7 * 24 * 60;
    /** Largest absolute target or value accepted, so that differences stay exact enough. */
    public static final double MAX_MAGNITUDE = 1e15;

    public Kpi {
        Objects.requireNonNull(name, "'name' must not be null");
        Objects.requireNonNull(format, "'format' must not be null");
        Objects.requireNonNull(direction, "'direction' must not be null");
        Objects.requireNonNull(owner, "'owner' must not be null");
        Objects.requireNonNull(source, "'source' must not be null");
        if (name.isBlank() || name.length() > Limits.TITLE) {
            throw new IllegalArgumentException("'name' must be 1-" + Limits.TITLE + " characters");
        }
        if (description != null && description.length() > Limits.DESCRIPTION) {
            throw new IllegalArgumentException("'description' must be at most " + Limits.DESCRIPTION + " characters");
        }
        if (unit != null && unit.length() > Limits.UNIT) {
            throw new IllegalArgumentException("'unit' must be at most " + Limits.UNIT + " characters");
        }
        if (!isAcceptedNumber(target) || (warning != null && !isAcceptedNumber(warning))) {
            throw new IllegalArgumentException("'target' and 'warning' must be finite and within +/-" + MAX_MAGNITUDE);
        }
        if (warning != null && !HealthBands.isWarningOnUnhealthySide(direction, target, warning)) {
            throw new IllegalArgumentException("'warning' " + warning + " is on the wrong side of 'target' " + target);
        }
        if (refreshMinutes < MIN_REFRESH_MINUTES || refreshMinutes > MAX_REFRESH_MINUTES) {
            throw new IllegalArgumentException("'refreshMinutes' must be " + MIN_REFRESH_MINUTES + "-"
                    + MAX_REFRESH_MINUTES + ", was " + refreshMinutes);
        }
        if (id != null && id.equals(parentId)) {
            throw new IllegalArgumentException("KPI " + id + " cannot be its own parent");
        }
        if (version < 0) {
            throw new IllegalArgumentException("'version' must be >= 0, was " + version);
        }
    }

    public static boolean isAcceptedNumber(double value) {
        return Double.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;
    }

    public HealthBands bands() {
        return new HealthBands(direction, target, warning);
    }

    public Optional<ProjectKey> scope() {
        return Optional.ofNullable(project);
    }

    /** The children of a COMPOSITE source; empty for every other source. */
    public List<KpiId> compositeChildren() {
        return source instanceof KpiSource.Composite composite ? composite.childIds() : List.of();
    }

    public Kpi withId(KpiId newId) {
        return new Kpi(newId, name, description, unit, format, direction, target, warning, owner, project, parentId,
                refreshMinutes, source, version);
    }

    public Kpi withVersion(long newVersion) {
        return new Kpi(id, name, description, unit, format, direction, target, warning, owner, project, parentId,
                refreshMinutes, source, newVersion);
    }

    public Kpi withParentId(KpiId newParentId) {
        return new Kpi(id, name, description, unit, format, direction, target, warning, owner, project, newParentId,
                refreshMinutes, source, version);
    }
}
