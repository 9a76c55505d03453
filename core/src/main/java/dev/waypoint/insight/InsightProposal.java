package dev.waypoint.insight;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.List;
import java.util.Objects;

/** What an insight proposes to create, prefilled for a one-click action in the UI. */
public sealed interface InsightProposal permits InsightProposal.OkrDraft, InsightProposal.KpiConversion {

    /**
     * "Create an OKR to fix this KPI" (seed 001): an objective with one METRIC key result from the KPI's current value
     * (baseline) to its target, measured by the KPI.
     *
     * @param project {@code null} for a global KPI (a COMPANY objective)
     */
    record OkrDraft(String objectiveTitle, String keyResultTitle, UserKey owner, ProjectKey project,
            Measure.Metric measure, ValueSource.Kpi source, String unit) implements InsightProposal {

        public OkrDraft {
            Objects.requireNonNull(objectiveTitle, "'objectiveTitle' must not be null");
            Objects.requireNonNull(keyResultTitle, "'keyResultTitle' must not be null");
            Objects.requireNonNull(measure, "'measure' must not be null");
            Objects.requireNonNull(source, "'source' must not be null");
        }
    }

    /**
     * "Track it as a KPI" (seed 001): the repeated key results, and either the KPI they are already bound to (track
     * that KPI and stop repeating the OKR) or a prefilled, not yet validated KPI definition.
     *
     * @param existingKpi {@code null} unless the key results are bound to a KPI
     * @param definition  {@code null} when {@code existingKpi} is set; direction and target may be {@code null} when
     *                    the key results' measure does not give them (MILESTONE, ISSUES)
     */
    record KpiConversion(List<KeyResultId> keyResults, KpiId existingKpi, KpiDefinition definition)
            implements InsightProposal {

        public KpiConversion {
            keyResults = List.copyOf(keyResults);
            if ((existingKpi == null) == (definition == null)) {
                throw new IllegalArgumentException("a conversion names an existing KPI or a new definition");
            }
        }
    }
}
