package dev.waypoint.kpi;

import java.util.List;

/**
 * Where a KPI's values come from (DESIGN §3). The records hold what the user entered; they are deliberately not
 * validated here, so that a REST request can always be turned into a source and every problem is reported with a
 * field message by {@link KpiValidator}. A stored {@link Kpi} only ever holds a validated source.
 *
 * <p>How each source is evaluated, and how many JQL searches it costs, is documented in
 * {@code dev.waypoint.refresh.KpiEvaluator}.
 */
public sealed interface KpiSource permits KpiSource.JqlCount, KpiSource.JqlRatio, KpiSource.PerAgent,
        KpiSource.Duration, KpiSource.Manual, KpiSource.Composite {

    KpiSourceKind kind();

    /** Whether the refresh job evaluates this source (everything but MANUAL). */
    default boolean isRefreshed() {
        return kind() != KpiSourceKind.MANUAL;
    }

    /** The number of issues a query finds. */
    record JqlCount(String jql) implements KpiSource {

        @Override
        public KpiSourceKind kind() {
            return KpiSourceKind.JQL_COUNT;
        }
    }

    /** numerator count / denominator count, a fraction (e.g. first-contact resolution rate). */
    record JqlRatio(String numeratorJql, String denominatorJql) implements KpiSource {

        @Override
        public KpiSourceKind kind() {
            return KpiSourceKind.JQL_RATIO;
        }
    }

    /** count / number of agents, with one breakdown row per agent and one for unassigned issues. */
    record PerAgent(String jql, AgentSelection agents) implements KpiSource {

        @Override
        public KpiSourceKind kind() {
            return KpiSourceKind.PER_AGENT;
        }
    }

    /**
     * A statistic of the time in seconds between two date fields (e.g. {@code created} and {@code resolutiondate})
     * over the {@code sampleCap} most recent matching issues (most recent by the {@code toField}).
     *
     * @param sampleCap 1 to {@link #MAX_SAMPLE_CAP}; {@link #DEFAULT_SAMPLE_CAP} when the user gives none
     */
    record Duration(String jql, String fromField, String toField, DurationStatistic statistic, int sampleCap)
            implements KpiSource {

        public static final int DEFAULT_SAMPLE_CAP = 500;
        public static final int MAX_SAMPLE_CAP = 1_000;

        @Override
        public KpiSourceKind kind() {
            return KpiSourceKind.DURATION;
        }
    }

    /** Values entered in the UI or pushed by REST, one per date. */
    record Manual() implements KpiSource {

        @Override
        public KpiSourceKind kind() {
            return KpiSourceKind.MANUAL;
        }
    }

    /** A KPI-tree parent computed from the latest values of its children. */
    record Composite(CompositeAggregation aggregation, List<CompositeChild> children) implements KpiSource {

        /** Most children a composite may have. */
        public static final int MAX_CHILDREN = 50;

        public Composite {
            children = children == null ? List.of() : List.copyOf(children);
        }

        public List<KpiId> childIds() {
            return children.stream().map(CompositeChild::kpiId).toList();
        }

        @Override
        public KpiSourceKind kind() {
            return KpiSourceKind.COMPOSITE;
        }
    }
}
