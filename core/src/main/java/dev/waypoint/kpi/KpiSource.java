package dev.waypoint.kpi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * The JQL queries the refresh job runs for this source as the KPI's owner, by the field that holds each
     * ({@code source.jql}, {@code source.numeratorJql}, {@code source.denominatorJql}), in that order; empty for
     * MANUAL and COMPOSITE, which run none. A query not given is {@code null}.
     */
    default Map<String, String> queries() {
        Map<String, String> queries = new LinkedHashMap<>();
        switch (this) {
            case JqlCount s -> queries.put("source.jql", s.jql());
            case JqlRatio s -> {
                queries.put("source.numeratorJql", s.numeratorJql());
                queries.put("source.denominatorJql", s.denominatorJql());
            }
            case PerAgent s -> queries.put("source.jql", s.jql());
            case Duration s -> queries.put("source.jql", s.jql());
            case Manual s -> {
                // values are entered
            }
            case Composite s -> {
                // computed from the children's values
            }
        }
        return queries;
    }

    /** Whether the refresh job runs JQL for this source as the KPI's owner. */
    default boolean runsQueries() {
        return !queries().isEmpty();
    }

    /**
     * Whether replacing {@code before} by {@code after} changes what the KPI's queries count: a different source where
     * either runs queries ({@code null} for {@code after} means unchanged).
     */
    static boolean changesQueries(KpiSource before, KpiSource after) {
        return after != null && !Objects.equals(before, after)
                && (after.runsQueries() || before != null && before.runsQueries());
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

        /**
         * What each child adds to the composite's value, in the order of the children, the one place the composite
         * formula lives (the refresh and the KPI tree both use it): SUM its value, AVERAGE its value / n,
         * WEIGHTED_AVERAGE {@code wᵢvᵢ / Σ w}. The composite's value is their sum. Empty when a child has no value
         * in {@code values}.
         */
        public Optional<List<Double>> contributions(Map<KpiId, Double> values) {
            double weights = children.stream().mapToDouble(CompositeChild::weight).sum();
            List<Double> shares = new ArrayList<>();
            for (CompositeChild child : children) {
                Double value = values.get(child.kpiId());
                if (value == null) {
                    return Optional.empty();
                }
                shares.add(switch (aggregation) {
                    case SUM -> value;
                    case AVERAGE -> value / children.size();
                    case WEIGHTED_AVERAGE -> child.weight() * value / weights;
                });
            }
            return Optional.of(List.copyOf(shares));
        }

        @Override
        public KpiSourceKind kind() {
            return KpiSourceKind.COMPOSITE;
        }
    }
}
