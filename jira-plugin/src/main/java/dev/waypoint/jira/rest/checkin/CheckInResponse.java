package dev.waypoint.jira.rest.checkin;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One check-in.
 *
 * @param value      the number recorded, or {@code null}
 * @param milestones the milestone states recorded, or {@code null}
 * @param author     the user key; {@code null} for values of the refresh job (origin REFRESH)
 */
public record CheckInResponse(long id, long keyResultId, Double value, List<Boolean> milestones, Integer confidence,
        String comment, String author, CheckInOrigin origin, Instant createdAt, LocalDate effectiveDate) {

    public static CheckInResponse of(CheckIn c) {
        return new CheckInResponse(c.id().value(), c.keyResultId().value(), c.numericValue(),
                c.value() instanceof CheckInValue.MilestoneStates states ? states.done() : null, c.confidence(),
                c.comment(), c.author() == null ? null : c.author().value(), c.origin(), c.createdAt(),
                c.effectiveDate());
    }
}
