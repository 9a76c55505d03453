package dev.waypoint.jira.rest.page;

import dev.waypoint.app.alignment.KpiAlignments;
import dev.waypoint.app.page.KpiPage;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.jira.rest.dashboard.PointJson;
import dev.waypoint.jira.rest.dashboard.ProgressJson;
import dev.waypoint.jira.rest.dashboard.WorkloadAgentResponse;
import dev.waypoint.jira.rest.insight.InsightResponse;
import dev.waypoint.jira.rest.kpi.KpiErrorResponse;
import dev.waypoint.jira.rest.kpi.KpiResponse;
import dev.waypoint.jira.rest.kpi.KpiValueResponse;
import dev.waypoint.jira.rest.kpi.KpiViews;
import dev.waypoint.jira.rest.kpi.TrendResponse;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.MeasureType;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.progress.KeyResultStatus;
import dev.waypoint.progress.ObjectiveStatus;
import dev.waypoint.scoring.PaceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A KPI's page: the KPI with its latest value, the values of a period for its history chart, the queries behind its
 * value, its per-agent rows, its KPI tree, the objectives aligned to it, its insights and what the caller may do.
 *
 * @param latest     {@code null} when never evaluated
 * @param points     the values of the period, oldest first ({@code value} {@code null} where the evaluation failed)
 * @param drillDown  the queries behind its value (none for MANUAL and COMPOSITE)
 * @param agents     its latest value's per-agent lines (PER_AGENT only), by count, the unassigned line last
 * @param cycles     every cycle, latest first, to choose one as the period
 * @param aligned    the objectives aligned to it that the caller may see, with their progress
 * @param alignable  the objectives the caller could align to it
 */
public record KpiPageResponse(KpiResponse kpi, String ownerName, KpiValueResponse latest, Health health,
        TrendResponse trend, boolean canManage, boolean canChangeJql, Period period, List<PointJson> points,
        List<DrillDownJson> drillDown, List<WorkloadAgentResponse> agents, Tree tree, List<CycleJson> cycles,
        List<InsightResponse> insights, List<AlignedObjective> aligned, List<AlignableObjective> alignable) {

    /** @param cycleId the cycle chosen as the period, {@code null} for the last {@code days} days */
    public record Period(LocalDate from, LocalDate to, int days, Long cycleId) {
    }

    public record CycleJson(long id, String name, LocalDate start, LocalDate end, CycleState state) {

        static CycleJson of(Cycle cycle) {
            return new CycleJson(cycle.id().value(), cycle.name(), cycle.start(), cycle.end(), cycle.state());
        }
    }

    /**
     * @param parent      {@code null} without one the caller may see
     * @param aggregation how a composite combines its inputs, {@code null} for other sources
     */
    public record Tree(Node parent, List<Node> children, CompositeAggregation aggregation, List<Input> inputs) {
    }

    /** A KPI of the tree with its latest value ({@code value} and {@code at} {@code null} without one). */
    public record Node(long id, String name, String project, String unit, KpiFormat format, KpiDirection direction,
            double target, Double warning, Double value, Instant at, KpiErrorResponse error, Health health) {
    }

    /** @param contribution what the input adds to the composite's value; {@code null} while an input has no value */
    public record Input(Node kpi, double weight, Double contribution) {
    }

    /**
     * An objective aligned to the KPI.
     *
     * @param canUnalign        whether the caller may remove the alignment
     * @param keyResultsCounted how many key results its progress counts (the caller sees their numbers)
     * @param keyResultsTotal   how many it has, hidden ones included
     */
    public record AlignedObjective(long id, String title, ObjectiveLevel level, String project, String owner,
            ObjectiveState state, CycleJson cycle, ProgressJson progress, PaceStatus pace, int keyResultsCounted,
            int keyResultsTotal, boolean canUnalign, List<AlignedKeyResult> keyResults) {
    }

    /**
     * @param value     the latest numeric value; {@code null} without one or when hidden
     * @param valueAt   when it was recorded (for a JQL key result: when the refresh counted it)
     * @param kpi       the format of the KPI it is bound to, to show its values as that KPI does; {@code null} for
     *                  other sources and when hidden
     * @param drillDown the query behind a JQL key result's value; {@code null} for other sources and when hidden
     * @param hidden    its values derive from issues or KPIs the caller may not see: no numbers (DESIGN §5)
     */
    public record AlignedKeyResult(long id, String title, String unit, MeasureType measure, ProgressJson progress,
            PaceStatus pace, Double value, Instant valueAt, DrillDownJson drillDown, BoundKpi kpi, boolean hidden) {
    }

    /** How the KPI a key result is bound to shows its values. */
    public record BoundKpi(long id, KpiFormat format, String unit) {
    }

    public record AlignableObjective(long id, String title, ObjectiveLevel level, String project, CycleJson cycle) {
    }

    static KpiPageResponse of(KpiPage page, KpiViews views, Translator translator) {
        KpiCard card = page.card();
        KpiAlignments alignments = page.alignments();
        KpiPage.Tree tree = page.tree();
        return new KpiPageResponse(KpiResponse.of(card.kpi()), page.ownerName(), views.latest(card), card.health(),
                TrendResponse.of(card.trend()), page.canManage(), page.canChangeJql(),
                new Period(page.period().from(), page.period().to(), page.period().days(),
                        page.period().cycle() == null ? null : page.period().cycle().id().value()),
                card.history().stream().map(PointJson::of).toList(),
                page.drillDown().stream().map(DrillDownJson::of).toList(),
                page.agents().stream().map(WorkloadAgentResponse::of).toList(),
                new Tree(node(tree.parent(), views), tree.children().stream().map(c -> node(c, views)).toList(),
                        tree.aggregation(), tree.inputs().stream().map(i -> new Input(node(i.card(), views),
                                i.weight(), i.contribution())).toList()),
                page.cycles().stream().map(CycleJson::of).toList(),
                page.insights().stream().map(i -> InsightResponse.of(i, translator)).toList(),
                alignments.aligned().stream().map(KpiPageResponse::aligned).toList(),
                alignments.alignable().stream().map(a -> new AlignableObjective(a.objective().id().value(),
                        a.objective().title(), a.objective().level(), project(a.objective()),
                        CycleJson.of(a.cycle()))).toList());
    }

    private static Node node(KpiCard card, KpiViews views) {
        if (card == null) {
            return null;
        }
        var kpi = card.kpi();
        var latest = card.latest();
        return new Node(kpi.id().value(), kpi.name(), kpi.project() == null ? null : kpi.project().value(),
                kpi.unit(), kpi.format(), kpi.direction(), kpi.target(), kpi.warning(),
                latest == null ? null : latest.value(), latest == null ? null : latest.at(),
                latest == null || latest.error() == null ? null : views.error(latest.error()), card.health());
    }

    private static AlignedObjective aligned(KpiAlignments.Aligned aligned) {
        ObjectiveStatus status = aligned.status();
        Objective o = status.objective();
        return new AlignedObjective(o.id().value(), o.title(), o.level(), project(o),
                o.owner() == null ? null : o.owner().value(), o.state(), CycleJson.of(aligned.cycle()),
                ProgressJson.of(status.progress()), status.pace(), status.keyResultsCounted(),
                status.keyResultsTotal(), aligned.canUnalign(), status.keyResults().stream()
                        .map(k -> keyResult(k, DrillDownJson.of(aligned.drillDown().get(k.keyResult().id())),
                                aligned.formats().get(k.keyResult().id())))
                        .toList());
    }

    private static AlignedKeyResult keyResult(KeyResultStatus status, DrillDownJson drillDown,
            KpiValueFormat bound) {
        KeyResult k = status.keyResult();
        CheckIn latest = status.hidden() ? null : status.latestCheckIn();
        Double value = latest != null && latest.value() instanceof CheckInValue.Numeric numeric ? numeric.value()
                : null;
        return new AlignedKeyResult(k.id().value(), k.title(), k.unit(), k.measure().type(),
                ProgressJson.of(status.progress()), status.pace(), value, latest == null ? null : latest.createdAt(),
                status.hidden() ? null : drillDown, status.hidden() || bound == null ? null
                        : new BoundKpi(bound.kpiId().value(), bound.format(), bound.unit()), status.hidden());
    }

    private static String project(Objective objective) {
        return objective.project() == null ? null : objective.project().value();
    }
}
