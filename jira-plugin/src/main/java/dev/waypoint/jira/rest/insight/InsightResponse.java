package dev.waypoint.jira.rest.insight;

import dev.waypoint.insight.InsightType;
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
}
