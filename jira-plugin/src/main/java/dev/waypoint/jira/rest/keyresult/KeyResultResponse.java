package dev.waypoint.jira.rest.keyresult;

import dev.waypoint.keyresult.KeyResult;

/**
 * A key result as the API answers it.
 *
 * @param version    send it back with an update
 * @param canEdit    whether the caller may change or delete it
 * @param canCheckIn whether the caller may check in and link or unlink issues
 * @param hidden     its values derive from issues or KPIs the caller may not see: {@code measure} and {@code unit}
 *                   are {@code null} and {@code source} gives its type only (DESIGN §5)
 */
public record KeyResultResponse(long id, long objectiveId, String title, String owner, double weight, String unit,
        MeasureBody measure, SourceBody source, long version, boolean canEdit, boolean canCheckIn, boolean hidden) {

    public static KeyResultResponse of(KeyResult k, boolean canEdit, boolean canCheckIn, boolean hidden) {
        return new KeyResultResponse(k.id().value(), k.objectiveId().value(), k.title(),
                k.owner() == null ? null : k.owner().value(), k.weight().value(), hidden ? null : k.unit(),
                hidden ? null : MeasureBody.of(k.measure()),
                hidden ? SourceBody.typeOf(k.source()) : SourceBody.of(k.source()), k.version(), canEdit, canCheckIn,
                hidden);
    }
}
