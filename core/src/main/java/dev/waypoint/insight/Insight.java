package dev.waypoint.insight;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One insight: what it is about, an i18n message (key, arguments and English text) and, for the actionable ones, a
 * prefilled proposal.
 *
 * @param proposal {@code null} unless KPI_NEEDS_OKR or TARGET_RAISED_WITHOUT_OKR (an
 *                 {@link InsightProposal.OkrDraft}) or BUSINESS_AS_USUAL (a {@link InsightProposal.KpiConversion})
 */
public record Insight(InsightType type, List<KpiId> kpis, List<ObjectiveId> objectives, List<KeyResultId> keyResults,
        String messageKey, List<String> args, String message, InsightProposal proposal) {

    public Insight {
        Objects.requireNonNull(type, "'type' must not be null");
        Objects.requireNonNull(messageKey, "'messageKey' must not be null");
        Objects.requireNonNull(message, "'message' must not be null");
        kpis = List.copyOf(kpis);
        objectives = List.copyOf(objectives);
        keyResults = List.copyOf(keyResults);
        args = List.copyOf(args);
    }

    /** An insight with its message from {@link InsightMessages#CATALOG}. */
    static Insight of(InsightType type, List<KpiId> kpis, List<ObjectiveId> objectives, List<KeyResultId> keyResults,
            InsightProposal proposal, String messageKey, Object... args) {
        List<String> shown = Arrays.stream(args).map(InsightMessages::display).toList();
        return new Insight(type, kpis, objectives, keyResults, messageKey, shown,
                InsightMessages.CATALOG.format(messageKey, args), proposal);
    }
}
