package dev.waypoint.jira.rest.keyresult;

import dev.waypoint.keyresult.KeyResult;

/**
 * A key result as the API answers it.
 *
 * @param version    send it back with an update
 * @param canEdit    whether the caller may change or delete it
 * @param canCheckIn whether the caller may check in and link or unlink issues
 */
public record KeyResultResponse(long id, long objectiveId, String title, String owner, double weight, String unit,
        MeasureBody measure, SourceBody source, long version, boolean canEdit, boolean canCheckIn) {

    public static KeyResultResponse of(KeyResult k, boolean canEdit, boolean canCheckIn) {
        return new KeyResultResponse(k.id().value(), k.objectiveId().value(), k.title(),
                k.owner() == null ? null : k.owner().value(), k.weight().value(), k.unit(), MeasureBody.of(k.measure()),
                SourceBody.of(k.source()), k.version(), canEdit, canCheckIn);
    }
}
