package dev.waypoint.checkin.inmemory;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInId;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.inmemory.InMemoryTable;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** In-memory {@link CheckInRepository}, a test fake shared through core's test-jar. */
public final class InMemoryCheckInRepository implements CheckInRepository {

    private static final Comparator<CheckIn> ORDER = Comparator.<CheckIn>comparingLong(c -> c.keyResultId().value())
            .thenComparing(CheckIn.CHRONOLOGICAL);

    private final InMemoryTable<CheckIn> table = new InMemoryTable<>();

    @Override
    public CheckIn insert(CheckIn checkIn) {
        if (checkIn.id() != null) {
            throw new IllegalArgumentException("a new check-in has no id, was " + checkIn.id());
        }
        CheckIn stored = checkIn.withId(new CheckInId(table.nextId()));
        table.put(stored.id().value(), stored);
        return stored;
    }

    @Override
    public CheckIn recordRefreshed(CheckIn checkIn) {
        if (checkIn.origin() != CheckInOrigin.REFRESH) {
            throw new IllegalArgumentException("only REFRESH check-ins are recorded this way");
        }
        table.removeWhere(c -> c.origin() == CheckInOrigin.REFRESH && c.keyResultId().equals(checkIn.keyResultId())
                && c.effectiveDate().equals(checkIn.effectiveDate()));
        return insert(checkIn);
    }

    @Override
    public Optional<CheckIn> findById(CheckInId id) {
        return table.get(id.value());
    }

    @Override
    public List<CheckIn> findByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        Set<KeyResultId> wanted = Set.copyOf(keyResultIds);
        return table.where(c -> wanted.contains(c.keyResultId())).stream().sorted(ORDER).toList();
    }

    @Override
    public void delete(CheckInId id) {
        table.remove(id.value());
    }

    @Override
    public void deleteByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        Set<KeyResultId> doomed = Set.copyOf(keyResultIds);
        table.removeWhere(c -> doomed.contains(c.keyResultId()));
    }

    /** Every stored check-in, for assertions. */
    public List<CheckIn> all() {
        return table.all();
    }
}
