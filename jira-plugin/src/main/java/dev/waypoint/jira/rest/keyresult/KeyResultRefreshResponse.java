package dev.waypoint.jira.rest.keyresult;

import dev.waypoint.jira.rest.kpi.KpiErrorResponse;
import dev.waypoint.refresh.KeyResultRefreshNow;
import java.time.Instant;

/**
 * What "refresh now" of a key result did.
 *
 * @param result {@code EVALUATED} now, {@code RECENT} (a refresh of the last minute with the same inputs stands) or
 *               {@code NOT_REFRESHED} (its cycle has not started or is closed, or its objective is not live)
 * @param at     when the value that stands was evaluated; {@code null} when not refreshed
 * @param error  why the evaluation gave no value (Jira refused the query, no owner, ...); {@code null} when it did
 */
public record KeyResultRefreshResponse(KeyResultRefreshNow.Result result, Instant at, KpiErrorResponse error) {
}
