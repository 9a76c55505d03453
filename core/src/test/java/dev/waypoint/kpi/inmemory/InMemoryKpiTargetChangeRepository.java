package dev.waypoint.kpi.inmemory;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiTargetChange;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** In-memory {@link KpiTargetChangeRepository}, a test fake shared through core's test-jar. */
public final class InMemoryKpiTargetChangeRepository implements KpiTargetChangeRepository {

    private final List<KpiTargetChange> rows = new ArrayList<>();

    @Override
    public synchronized KpiTargetChange append(KpiTargetChange change) {
        rows.add(change);
        return change;
    }

    @Override
    public synchronized List<KpiTargetChange> findSince(Collection<KpiId> kpiIds, Instant since) {
        Set<KpiId> wanted = Set.copyOf(kpiIds);
        return rows.stream().filter(c -> wanted.contains(c.kpiId()) && !c.at().isBefore(since))
                .sorted(Comparator.comparing(KpiTargetChange::at)).toList();
    }

    @Override
    public synchronized void deleteByKpiId(KpiId kpiId) {
        rows.removeIf(c -> c.kpiId().equals(kpiId));
    }

    public synchronized List<KpiTargetChange> all() {
        return List.copyOf(rows);
    }
}
