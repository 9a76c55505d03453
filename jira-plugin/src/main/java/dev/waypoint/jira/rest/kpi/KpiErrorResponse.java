package dev.waypoint.jira.rest.kpi;

import dev.waypoint.kpi.KpiErrorCode;

/**
 * Why a KPI value has no number.
 *
 * @param detail  Jira's message or the missing item, as recorded (may be empty)
 * @param message the reason in the caller's language
 */
public record KpiErrorResponse(KpiErrorCode code, String detail, String message) {
}
