package dev.waypoint.checkin;

import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One check-in of a key result (DESIGN §3): a value or milestone states (optional: a check-in may only update the
 * confidence or add a comment), a confidence 0-10 (optional), a comment, the author, when it was recorded and the date
 * it is effective (back-dating inside the cycle is allowed). Full history is kept; check-ins are appended and deleted,
 * never changed.
 *
 * @param id     {@code null} until the repository inserts the check-in
 * @param author the person, for origin MANUAL; {@code null} for origin REFRESH
 */
public record CheckIn(
        CheckInId id,
        KeyResultId keyResultId,
        CheckInValue value,
        Integer confidence,
        String comment,
        UserKey author,
        CheckInOrigin origin,
        Instant createdAt,
        LocalDate effectiveDate) {

    public static final int MAX_CONFIDENCE = 10;

    /** The order of history: effective date, then created-at, then id. The last one is the latest. */
    public static final Comparator<CheckIn> CHRONOLOGICAL = Comparator.comparing(CheckIn::effectiveDate)
            .thenComparing(CheckIn::createdAt)
            .thenComparing(c -> c.id() == null ? Long.MAX_VALUE : c.id().value());

    public CheckIn {
        Objects.requireNonNull(keyResultId, "'keyResultId' must not be null");
        Objects.requireNonNull(origin, "'origin' must not be null");
        Objects.requireNonNull(createdAt, "'createdAt' must not be null");
        Objects.requireNonNull(effectiveDate, "'effectiveDate' must not be null");
        if (confidence != null && (confidence < 0 || confidence > MAX_CONFIDENCE)) {
            throw new IllegalArgumentException("'confidence' must be within 0-10, was " + confidence);
        }
        if (comment != null && comment.length() > Limits.COMMENT) {
            throw new IllegalArgumentException("'comment' must be at most " + Limits.COMMENT + " characters");
        }
        if ((origin == CheckInOrigin.MANUAL) != (author != null)) {
            throw new IllegalArgumentException("a MANUAL check-in has an author, a REFRESH one has none");
        }
    }

    /** A refresh job's value for {@code keyResultId} on {@code date}; {@code value} {@code null} means unknown. */
    public static CheckIn refreshed(KeyResultId keyResultId, Double value, Instant now, LocalDate date) {
        return new CheckIn(null, keyResultId, value == null ? null : CheckInValue.of(value), null, null, null,
                CheckInOrigin.REFRESH, now, date);
    }

    public CheckIn withId(CheckInId newId) {
        return new CheckIn(newId, keyResultId, value, confidence, comment, author, origin, createdAt, effectiveDate);
    }

    /** The numeric value, or {@code null} if this check-in has none. */
    public Double numericValue() {
        return value instanceof CheckInValue.Numeric n ? n.value() : null;
    }

    /** The confidence of the latest check-in of {@code chronological} (oldest first) that gave one, or {@code null}. */
    public static Integer latestConfidence(List<CheckIn> chronological) {
        for (int i = chronological.size() - 1; i >= 0; i--) {
            if (chronological.get(i).confidence() != null) {
                return chronological.get(i).confidence();
            }
        }
        return null;
    }
}
