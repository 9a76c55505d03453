package dev.waypoint.keyresult;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.ProjectKey;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the values of a METRIC or THRESHOLD key result come from (DESIGN §3). MILESTONE and ISSUES key results are
 * always {@link Manual} (their state comes from check-ins and from linked issues).
 *
 * <p>Values of {@link Kpi} and {@link Jql} sources, and the progress of ISSUES key results, are stored by the refresh
 * job as check-ins of origin {@code REFRESH} (one per key result and day), so that history, sparklines and forecasts
 * work the same for every source and pages never run JQL.
 */
public sealed interface ValueSource permits ValueSource.Manual, ValueSource.Kpi, ValueSource.Jql {

    ValueSource MANUAL = new Manual();

    static ValueSource manual() {
        return MANUAL;
    }

    /** Values are entered as check-ins. */
    record Manual() implements ValueSource {
    }

    /** The latest value of a bound KPI (seed 003: "KPIs are incorporated into key results"). */
    record Kpi(KpiId kpiId) implements ValueSource {

        public Kpi {
            Objects.requireNonNull(kpiId, "'kpiId' must not be null");
        }
    }

    /**
     * The number of issues a JQL query finds, evaluated by the refresh job as the key result's owner, restricted to
     * projects so that its counts are shown only to viewers who may browse them (DESIGN §5): an objective with a
     * project restricts it to that project; a company or personal objective names them in {@code projects}.
     *
     * @param projects the projects the query counts in, for objectives without a project; empty otherwise
     */
    record Jql(String jql, Set<ProjectKey> projects) implements ValueSource {

        public Jql {
            Objects.requireNonNull(jql, "'jql' must not be null");
            if (jql.isBlank() || jql.length() > Limits.JQL) {
                throw new IllegalArgumentException("'jql' must be 1-" + Limits.JQL + " characters");
            }
            projects = projects == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(projects));
        }

        /** A query of an objective with a project (restricted to that project). */
        public Jql(String jql) {
            this(jql, Set.of());
        }

        /**
         * The projects the query counts in for a key result of {@code objective}: the objective's project, or else
         * the named ones; empty when neither is known (the query then has no known scope and is not counted).
         */
        public Set<ProjectKey> countedIn(Objective objective) {
            return objective.project() != null ? Set.of(objective.project()) : projects;
        }
    }
}
