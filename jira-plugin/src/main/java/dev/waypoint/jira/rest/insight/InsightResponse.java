package dev.waypoint.jira.rest.insight;

import dev.waypoint.insight.Insight;
import dev.waypoint.insight.InsightType;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import java.util.List;

/**
 * One insight about a scope's KPIs and OKRs (DESIGN §3 "Insights").
 *
 * @param message    the insight in the caller's language
 * @param messageKey its i18n key, with {@code args}, for clients that translate themselves
 * @param kpis       the KPIs it is about
 * @param objectives the objectives it is about
 * @param keyResults the key results it is about
 * @param action     the one-click action, for KPI_NEEDS_OKR, TARGET_RAISED_WITHOUT_OKR and BUSINESS_AS_USUAL;
 *                   {@code null} otherwise
 */
public record InsightResponse(InsightType type, String message, String messageKey, List<String> args,
        List<Long> kpis, List<Long> objectives, List<Long> keyResults, InsightAction action) {

    /** The insight with its message in the caller's language. */
    public static InsightResponse of(Insight insight, Translator translator) {
        return new InsightResponse(insight.type(), translator.translate(insight.messageKey(), insight.args(),
                insight.message()), insight.messageKey(), insight.args(),
                insight.kpis().stream().map(KpiId::value).toList(),
                insight.objectives().stream().map(ObjectiveId::value).toList(),
                insight.keyResults().stream().map(KeyResultId::value).toList(),
                InsightAction.of(insight.proposal()));
    }
}
