package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInId;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;

/** {@link CheckInRepository} on Active Objects. */
public final class AoCheckInRepository implements CheckInRepository {

    static final Comparator<CheckIn> ORDER = Comparator.<CheckIn>comparingLong(c -> c.keyResultId().value())
            .thenComparing(CheckIn.CHRONOLOGICAL);

    private final ActiveObjects ao;

    public AoCheckInRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public CheckIn insert(CheckIn checkIn) {
        if (checkIn.id() != null) {
            throw new IllegalArgumentException("a new check-in has no id, was " + checkIn.id());
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put("KEY_RESULT_ID", AoIds.key("Key result", checkIn.keyResultId().value()));
        columns.put("ORIGIN", checkIn.origin().name());
        columns.put("CREATED_AT", checkIn.createdAt().toEpochMilli());
        columns.put("EFFECTIVE_DATE", checkIn.effectiveDate().toString());
        columns.put("NUMERIC_VALUE", checkIn.numericValue());
        columns.put("DONE_STATES", doneStates(checkIn.value()));
        columns.put("CONFIDENCE", checkIn.confidence());
        columns.put("COMMENT_TEXT", checkIn.comment());
        columns.put("AUTHOR_KEY", checkIn.author() == null ? null : checkIn.author().value());
        // the stored row is exactly the check-in given: mapping the new entity back would read each column again
        return checkIn.withId(new CheckInId(ao.create(AoCheckIn.class, columns).getID()));
    }

    @Override
    public CheckIn recordRefreshed(CheckIn checkIn) {
        if (checkIn.origin() != CheckInOrigin.REFRESH) {
            throw new IllegalArgumentException("only REFRESH check-ins are recorded by the refresh job");
        }
        return AoConcurrency.retrying(ao, "Key result " + checkIn.keyResultId().value(), () -> {
            ao.deleteWithSQL(AoCheckIn.class, "KEY_RESULT_ID = ? AND ORIGIN = ? AND EFFECTIVE_DATE = ?",
                    AoIds.key("Key result", checkIn.keyResultId().value()), CheckInOrigin.REFRESH.name(),
                    checkIn.effectiveDate().toString());
            return insert(checkIn);
        });
    }

    @Override
    public Optional<CheckIn> findById(CheckInId id) {
        if (!AoIds.isStorable(id.value())) {
            return Optional.empty();
        }
        for (AoCheckIn row : ao.find(AoCheckIn.class, Query.select().where("ID = ?", (int) id.value()))) {
            return Optional.of(toCheckIn(row));
        }
        return Optional.empty();
    }

    @Override
    public List<CheckIn> findByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        return AoIds.findIn(ao, AoCheckIn.class, "KEY_RESULT_ID", keyResultIds, KeyResultId::value, true).stream()
                .map(AoCheckInRepository::toCheckIn).sorted(ORDER).toList();
    }

    @Override
    public void delete(CheckInId id) {
        if (AoIds.isStorable(id.value())) {
            ao.deleteWithSQL(AoCheckIn.class, "ID = ?", (int) id.value());
        }
    }

    @Override
    public void deleteByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        AoIds.deleteIn(ao, AoCheckIn.class, "KEY_RESULT_ID", keyResultIds, KeyResultId::value, true);
    }

    private static String doneStates(CheckInValue value) {
        if (value instanceof CheckInValue.MilestoneStates states) {
            StringBuilder text = new StringBuilder(states.done().size());
            states.done().forEach(done -> text.append(Boolean.TRUE.equals(done) ? '1' : '0'));
            return text.toString();
        }
        return null;
    }

    static CheckIn toCheckIn(AoCheckIn row) {
        CheckInValue value = null;
        if (row.getNumericValue() != null) {
            value = CheckInValue.of(row.getNumericValue());
        } else if (row.getDoneStates() != null) {
            value = new CheckInValue.MilestoneStates(row.getDoneStates().chars().mapToObj(c -> c == '1').toList());
        }
        return new CheckIn(new CheckInId(row.getID()), new KeyResultId(row.getKeyResultId()), value,
                row.getConfidence(), row.getCommentText(),
                row.getAuthorKey() == null ? null : new UserKey(row.getAuthorKey()),
                CheckInOrigin.valueOf(row.getOrigin()), Instant.ofEpochMilli(row.getCreatedAt()),
                LocalDate.parse(row.getEffectiveDate()));
    }
}
