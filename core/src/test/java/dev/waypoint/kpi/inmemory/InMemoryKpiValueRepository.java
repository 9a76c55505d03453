package dev.waypoint.kpi.inmemory;

import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.kpi.Retention;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * In-memory {@link KpiValueRepository}, a test fake shared through core's test-jar. Counts calls per method, so tests
 * can show a read is one bulk call.
 */
public final class InMemoryKpiValueRepository implements KpiValueRepository {

    private static final Comparator<KpiValue> BY_TIME = Comparator.comparing(KpiValue::at);

    private final List<KpiValue> rows = new ArrayList<>();
    private final Map<String, Integer> calls = new LinkedHashMap<>();

    @Override
    public synchronized KpiValue append(KpiValue value) {
        count("append");
        rows.add(value);
        return value;
    }

    @Override
    public synchronized KpiValue upsert(KpiValue value) {
        count("upsert");
        rows.removeIf(v -> v.kpiId().equals(value.kpiId()) && v.at().equals(value.at()));
        rows.add(value);
        return value;
    }

    @Override
    public synchronized Map<KpiId, KpiValue> findLatest(Collection<KpiId> kpiIds) {
        count("findLatest");
        Set<KpiId> wanted = Set.copyOf(kpiIds);
        return sorted().stream().filter(v -> wanted.contains(v.kpiId()))
                .collect(Collectors.toMap(KpiValue::kpiId, Function.identity(), (older, newer) -> newer));
    }

    @Override
    public synchronized Map<KpiId, List<KpiValue>> findBetween(Collection<KpiId> kpiIds, Instant from, Instant to) {
        count("findBetween");
        Set<KpiId> wanted = Set.copyOf(kpiIds);
        return sorted().stream()
                .filter(v -> wanted.contains(v.kpiId()) && !v.at().isBefore(from) && v.at().isBefore(to))
                .collect(Collectors.groupingBy(KpiValue::kpiId, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public synchronized int compact(Retention retention, Instant now, ZoneId zone) {
        count("compact");
        List<KpiValue> kept = retention.keep(sorted(), now, zone);
        int deleted = rows.size() - kept.size();
        rows.clear();
        rows.addAll(kept);
        return deleted;
    }

    @Override
    public synchronized int deleteAt(KpiId kpiId, Instant at) {
        count("deleteAt");
        int before = rows.size();
        rows.removeIf(v -> v.kpiId().equals(kpiId) && v.at().equals(at));
        return before - rows.size();
    }

    @Override
    public synchronized void deleteByKpiId(KpiId kpiId) {
        count("deleteByKpiId");
        rows.removeIf(v -> v.kpiId().equals(kpiId));
    }

    /** Every stored value, oldest first. */
    public synchronized List<KpiValue> all() {
        return sorted();
    }

    /** How often {@code method} was called. */
    public synchronized int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    /** Number of calls of every method. */
    public synchronized int totalCalls() {
        return calls.values().stream().mapToInt(Integer::intValue).sum();
    }

    private List<KpiValue> sorted() {
        return rows.stream().sorted(BY_TIME).toList();
    }

    private void count(String method) {
        calls.merge(method, 1, Integer::sum);
    }
}
