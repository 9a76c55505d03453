package dev.waypoint.app.page;

import dev.waypoint.app.alignment.KpiAlignments;
import dev.waypoint.app.dashboard.AgentWorkload;
import dev.waypoint.app.kpi.DrillDown;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.insight.Insight;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.KpiCard;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The read model of a KPI's page (DESIGN §4 "KPI pages"): the KPI as its viewer sees it with the values of a period
 * for its history chart, the queries behind its value, its per-agent rows, its place in the KPI tree, the objectives
 * aligned to it, its own insights and what the viewer may do. Only what the viewer may see (DESIGN §5).
 *
 * @param card          definition, latest value (or error), health, trend (7 and 30 days) and the values of the
 *                      period ({@link KpiCard#history()}, oldest first)
 * @param ownerName     the owner's display name; the user key for a user the platform no longer knows
 * @param canManage     may change its definition, record and delete its values, refresh and delete it
 * @param canChangeJql  may change its queries and its owner
 * @param period        the days the history covers
 * @param drillDown     the queries behind its value ({@link DrillDown#of(dev.waypoint.kpi.KpiSource)})
 * @param agents        the lines of its latest value's per-agent breakdown (PER_AGENT only; otherwise empty)
 * @param tree          its parent, children and, for a composite, the children it combines
 * @param cycles        every cycle, latest first, to choose a cycle as the period
 * @param insights      the insights about this KPI
 * @param alignments    the objectives aligned to it, and those the viewer could align
 */
public record KpiPage(KpiCard card, String ownerName, boolean canManage, boolean canChangeJql, Period period,
        List<DrillDown> drillDown, List<AgentWorkload.AgentLine> agents, Tree tree, List<Cycle> cycles,
        List<Insight> insights, KpiAlignments alignments) {

    public KpiPage {
        Objects.requireNonNull(card, "'card' must not be null");
        Objects.requireNonNull(ownerName, "'ownerName' must not be null");
        Objects.requireNonNull(period, "'period' must not be null");
        Objects.requireNonNull(tree, "'tree' must not be null");
        Objects.requireNonNull(alignments, "'alignments' must not be null");
        drillDown = List.copyOf(drillDown);
        agents = List.copyOf(agents);
        cycles = List.copyOf(cycles);
        insights = List.copyOf(insights);
    }

    /**
     * The days of the history, both inclusive.
     *
     * @param cycle the cycle chosen as the period, or {@code null} for the last {@code days} days
     */
    public record Period(LocalDate from, LocalDate to, int days, Cycle cycle) {

        public Period {
            Objects.requireNonNull(from, "'from' must not be null");
            Objects.requireNonNull(to, "'to' must not be null");
        }
    }

    /**
     * The KPI's place in the KPI tree (seed 004), as far as the viewer may see it.
     *
     * @param parent      its parent, or {@code null} (none, or one the viewer may not see)
     * @param children    the KPIs below it that the viewer may see, by id
     * @param aggregation how a composite combines its inputs; {@code null} for other sources
     * @param inputs      the children a composite combines, in its order, with what each adds to its value
     */
    public record Tree(KpiCard parent, List<KpiCard> children, CompositeAggregation aggregation, List<Input> inputs) {

        public Tree {
            children = List.copyOf(children);
            inputs = List.copyOf(inputs);
        }
    }

    /**
     * A child a composite combines.
     *
     * @param contribution what it adds to the composite's value from the children's latest values
     *                     ({@link dev.waypoint.kpi.KpiSource.Composite#contributions}); {@code null} while a child
     *                     has no value
     */
    public record Input(KpiCard card, double weight, Double contribution) {

        public Input {
            Objects.requireNonNull(card, "'card' must not be null");
        }
    }
}
