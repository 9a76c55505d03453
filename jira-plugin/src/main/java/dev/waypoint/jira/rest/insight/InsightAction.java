package dev.waypoint.jira.rest.insight;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.waypoint.insight.InsightProposal;
import dev.waypoint.jira.rest.keyresult.MeasureBody;
import dev.waypoint.jira.rest.keyresult.SourceBody;
import dev.waypoint.jira.rest.kpi.KpiRequest;
import dev.waypoint.jira.rest.kpi.KpiSourceJson;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.objective.ObjectiveLevel;
import java.util.List;

/**
 * The one-click action of an insight, prefilled in the shapes of the requests that carry it out, for the UI to show
 * in a form and send after review.
 *
 * @param kind       {@code CREATE_OKR} ("KPI needs an OKR", "target raised without an OKR": {@code okr}) or
 *                   {@code TRACK_AS_KPI} ("business as usual": {@code conversion})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InsightAction(String kind, OkrDraft okr, KpiConversion conversion) {

    public static final String CREATE_OKR = "CREATE_OKR";
    public static final String TRACK_AS_KPI = "TRACK_AS_KPI";

    /**
     * An objective with one key result that brings the KPI back to target: the fields of {@code POST /objectives}
     * (without the cycle, which the user picks) and of {@code POST /key-results} (without the objective).
     */
    public record OkrDraft(ObjectiveDraft objective, KeyResultDraft keyResult) {
    }

    /** @param alignedKpis the KPI to align the new objective to */
    public record ObjectiveDraft(String title, ObjectiveLevel level, String project, String owner,
            List<Long> alignedKpis) {
    }

    /** A METRIC key result from the KPI's current value to its target, measured by the KPI. */
    public record KeyResultDraft(String title, String owner, String unit, MeasureBody measure, SourceBody source) {
    }

    /**
     * Track repeated key results as a KPI: the KPI they are already bound to, or a prefilled body of
     * {@code POST /kpis} (its direction and target may be missing when the key results' measure gives none).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KpiConversion(List<Long> keyResults, Long existingKpiId, KpiRequest kpi) {
    }

    static InsightAction of(InsightProposal proposal) {
        return switch (proposal) {
            case null -> null;
            case InsightProposal.OkrDraft draft -> new InsightAction(CREATE_OKR, new OkrDraft(
                    new ObjectiveDraft(draft.objectiveTitle(),
                            draft.project() == null ? ObjectiveLevel.COMPANY : ObjectiveLevel.TEAM,
                            draft.project() == null ? null : draft.project().value(),
                            draft.owner() == null ? null : draft.owner().value(),
                            List.of(draft.source().kpiId().value())),
                    new KeyResultDraft(draft.keyResultTitle(), draft.owner() == null ? null : draft.owner().value(),
                            draft.unit(), MeasureBody.of(draft.measure()), SourceBody.of(draft.source()))),
                    null);
            case InsightProposal.KpiConversion conversion -> new InsightAction(TRACK_AS_KPI, null,
                    new KpiConversion(conversion.keyResults().stream().map(k -> k.value()).toList(),
                            conversion.existingKpi() == null ? null : conversion.existingKpi().value(),
                            conversion.definition() == null ? null : request(conversion.definition())));
        };
    }

    private static KpiRequest request(KpiDefinition d) {
        return new KpiRequest(d.name(), d.description(), d.unit(), d.format(), d.direction(), d.target(), d.warning(),
                d.owner() == null ? null : d.owner().value(), d.project() == null ? null : d.project().value(),
                d.parentId() == null ? null : d.parentId().value(), d.refreshMinutes(),
                d.source() == null ? null : KpiSourceJson.of(d.source()), null);
    }
}
