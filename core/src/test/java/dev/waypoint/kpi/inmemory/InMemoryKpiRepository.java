package dev.waypoint.kpi.inmemory;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.inmemory.InMemoryTable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In-memory {@link KpiRepository}, a test fake shared through core's test-jar. Counts writes for "nothing written", and
 * reads, so that a test can tell how often a use case reads KPIs.
 */
public final class InMemoryKpiRepository implements KpiRepository {

    private final InMemoryTable<Kpi> table = new InMemoryTable<>();
    private int writes;
    private int reads;

    @Override
    public Kpi insert(Kpi kpi) {
        if (kpi.id() != null) {
            throw new IllegalArgumentException("a new KPI has no id, was " + kpi.id());
        }
        Kpi stored = kpi.withId(new KpiId(table.nextId())).withVersion(0);
        table.put(stored.id().value(), stored);
        writes++;
        return stored;
    }

    @Override
    public Kpi update(Kpi kpi) {
        Kpi stored = table.get(kpi.id().value()).orElseThrow(() -> new NotFoundException("KPI", kpi.id()));
        if (stored.version() != kpi.version()) {
            throw ConflictException.staleVersion("KPI", kpi.id(), kpi.version(), stored.version());
        }
        Kpi updated = kpi.withVersion(kpi.version() + 1);
        table.put(updated.id().value(), updated);
        writes++;
        return updated;
    }

    @Override
    public void delete(KpiId id) {
        table.remove(id.value());
        writes++;
    }

    @Override
    public Optional<Kpi> findById(KpiId id) {
        reads++;
        return table.get(id.value());
    }

    @Override
    public List<Kpi> findByIds(Collection<KpiId> ids) {
        reads++;
        Set<KpiId> wanted = Set.copyOf(ids);
        return table.where(k -> wanted.contains(k.id()));
    }

    @Override
    public List<Kpi> findAll() {
        reads++;
        return table.all();
    }

    @Override
    public List<Kpi> findChildren(KpiId parentId) {
        reads++;
        return table.where(k -> parentId.equals(k.parentId()));
    }

    /** Number of inserts, updates and deletes so far. */
    public int writes() {
        return writes;
    }

    /** Number of find calls so far. */
    public int reads() {
        return reads;
    }
}
