package dev.waypoint.keyresult;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.Limits;
import java.util.Objects;

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

    /** The number of issues a JQL query finds, evaluated by the refresh job as the key result's owner. */
    record Jql(String jql) implements ValueSource {

        public Jql {
            Objects.requireNonNull(jql, "'jql' must not be null");
            if (jql.isBlank() || jql.length() > Limits.JQL) {
                throw new IllegalArgumentException("'jql' must be 1-" + Limits.JQL + " characters");
            }
        }
    }
}
