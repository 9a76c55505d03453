package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.kpi.Retention;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;

/**
 * {@link KpiValueRepository} on Active Objects. Every read is one statement per 1,000 KPIs: the history ordered by
 * (KPI, time, id) in SQL so that "the one stored later" wins ties, and the latest values from {@link AoKpiLatest},
 * which every write keeps up to date in its transaction. The per-agent breakdown is JSON in the row.
 */
public final class AoKpiValueRepository implements KpiValueRepository {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<StoredRow>> ROWS = new TypeReference<>() {
    };
    private static final String ORDER = "KPI_ID, AT_MILLIS, ID";

    /** A breakdown row as stored in the JSON column; field names are part of the schema. */
    record StoredRow(String agent, long count, String health) {
    }

    private final ActiveObjects ao;

    public AoKpiValueRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public KpiValue append(KpiValue value) {
        return write(value, false);
    }

    @Override
    public KpiValue upsert(KpiValue value) {
        return write(value, true);
    }

    /**
     * Stores {@code value} (after deleting the values of its KPI at the same instant, with {@code replace}) and keeps
     * the KPI's latest row up to date, in a transaction that is retried when it collides with a concurrent writer
     * ({@link AoConcurrency#retrying}: everything it did was rolled back and it reads what it needs inside).
     *
     * <p>Writers of one KPI's values take turns on its {@link AoKpiLatest} row: the first statement after reading it
     * writes its (never changing) KPI_ID column back, which takes the row lock until commit, and only then are the
     * values of that instant deleted and the latest row read again. So two writers of the same KPI and date at READ
     * COMMITTED cannot both miss each other's row: no duplicates, and the latest row never goes back to an older
     * value.
     *
     * <p>The first value of a KPI has no latest row to take turns on yet. Its writers take turns on the KPI's own row
     * ({@link AoRows#lock}) and look again: only a writer holding that lock creates a latest row, so the insert never
     * meets another writer's row (on HSQLDB, Active Objects serializes every insert in the JVM, and an insert that
     * waited there for another writer's lock would never end). The unique index on KPI_ID stays the backstop.
     *
     * @throws NotFoundException if the KPI of the first value does not exist
     */
    private KpiValue write(KpiValue value, boolean replace) {
        int kpiId = AoIds.key("KPI", value.kpiId().value());
        Map<String, Object> columns = columns(kpiId, value);
        return AoConcurrency.retrying(ao, "KPI " + kpiId, () -> {
            AoKpiLatest[] latest = latestOf(kpiId);
            if (latest.length == 0) {
                AoRows.lock(ao, AoKpi.class, kpiId, "KPI", AoKpi::getVersion, kpi -> kpi.setName(kpi.getName()));
                latest = latestOf(kpiId);
            }
            if (latest.length > 0) {
                latest[0].setKpiId(latest[0].getKpiId());
                latest[0].save();
            }
            if (replace) {
                ao.deleteWithSQL(AoKpiValue.class, "KPI_ID = ? AND AT_MILLIS = ?", kpiId, value.at().toEpochMilli());
            }
            AoKpiValue row = ao.create(AoKpiValue.class, columns);
            if (latest.length == 0) {
                Map<String, Object> first = new HashMap<>(columns);
                first.put("VALUE_ID", row.getID());
                ao.create(AoKpiLatest.class, first);
            } else {
                rememberIfLatest(latestOf(kpiId)[0], row.getID(), value, columns);
            }
            return toValue(row);
        });
    }

    private AoKpiLatest[] latestOf(int kpiId) {
        return ao.find(AoKpiLatest.class, Query.select().where("KPI_ID = ?", kpiId));
    }

    private static Map<String, Object> columns(int kpiId, KpiValue value) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("KPI_ID", kpiId);
        columns.put("AT_MILLIS", value.at().toEpochMilli());
        columns.put("NUMERIC_VALUE", value.value());
        columns.put("BREAKDOWN", value.breakdown().isEmpty() ? null : json(value.breakdown()));
        columns.put("ERROR_CODE", value.error() == null ? null : value.error().code().name());
        columns.put("ERROR_DETAIL", value.error() == null ? null : value.error().detail());
        return columns;
    }

    /** Copies the new value into the KPI's latest row unless a newer value is already there (ties: newest row wins). */
    private static void rememberIfLatest(AoKpiLatest latest, int valueId, KpiValue value,
            Map<String, Object> columns) {
        if (value.at().toEpochMilli() >= latest.getAtMillis()) {
            latest.setValueId(valueId);
            latest.setAtMillis(value.at().toEpochMilli());
            latest.setNumericValue(value.value());
            latest.setBreakdown((String) columns.get("BREAKDOWN"));
            latest.setErrorCode((String) columns.get("ERROR_CODE"));
            latest.setErrorDetail((String) columns.get("ERROR_DETAIL"));
            latest.save();
        }
    }

    @Override
    public Map<KpiId, KpiValue> findLatest(Collection<KpiId> kpiIds) {
        Map<KpiId, KpiValue> latest = new HashMap<>();
        for (AoKpiLatest row : AoIds.findIn(ao, AoKpiLatest.class, "KPI_ID", kpiIds, KpiId::value, true)) {
            latest.put(new KpiId(row.getKpiId()), toValue(row));
        }
        return latest;
    }

    @Override
    public Map<KpiId, List<KpiValue>> findBetween(Collection<KpiId> kpiIds, Instant from, Instant to) {
        Map<KpiId, List<KpiValue>> values = new LinkedHashMap<>();
        for (List<Object> chunk : AoIds.chunks(kpiIds, KpiId::value, true)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(from.toEpochMilli());
            parameters.add(to.toEpochMilli());
            for (AoKpiValue row : ao.find(AoKpiValue.class, Query.select()
                    .where(AoIds.in("KPI_ID", chunk.size()) + " AND AT_MILLIS >= ? AND AT_MILLIS < ?",
                            parameters.toArray())
                    .order(ORDER))) {
                values.computeIfAbsent(new KpiId(row.getKpiId()), id -> new ArrayList<>()).add(toValue(row));
            }
        }
        return values;
    }

    @Override
    public int compact(Retention retention, Instant now, ZoneId zone) {
        long cutoff = retention.cutoff(now).toEpochMilli();
        Map<KpiValue, Integer> ids = new IdentityHashMap<>();
        List<KpiValue> old = new ArrayList<>();
        ao.stream(AoKpiValue.class, Query.select("ID, KPI_ID, AT_MILLIS").where("AT_MILLIS < ?", cutoff).order(ORDER),
                row -> {
                    KpiValue marker = KpiValue.of(new KpiId(row.getKpiId()), Instant.ofEpochMilli(row.getAtMillis()),
                            0);
                    ids.put(marker, row.getID());
                    old.add(marker);
                });
        Set<Integer> kept = retention.keep(old, now, zone).stream().map(ids::get).collect(Collectors.toSet());
        List<Integer> doomed = old.stream().map(ids::get).filter(id -> !kept.contains(id)).toList();
        AoConcurrency.retrying(ao, "KPI values", () -> {
            for (List<Object> chunk : AoIds.chunks(doomed, Integer::longValue, true)) {
                ao.deleteWithSQL(AoKpiValue.class, AoIds.in("ID", chunk.size()), chunk.toArray());
            }
            return null;
        });
        return doomed.size();
    }

    /**
     * Deletes the KPI's values at {@code at}; when they were its latest, the latest row takes the value before them (or
     * goes when none is left). Like {@link #write}, the writer takes turns on the latest row first and is retried when
     * it collides with a concurrent writer.
     */
    @Override
    public int deleteAt(KpiId kpiId, Instant at) {
        if (!AoIds.isStorable(kpiId.value())) {
            return 0;
        }
        int kpi = (int) kpiId.value();
        return AoConcurrency.retrying(ao, "KPI " + kpi, () -> {
            AoKpiLatest[] latest = latestOf(kpi);
            if (latest.length > 0) {
                latest[0].setKpiId(latest[0].getKpiId());
                latest[0].save();
                latest = latestOf(kpi);
            }
            int deleted = ao.deleteWithSQL(AoKpiValue.class, "KPI_ID = ? AND AT_MILLIS = ?", kpi, at.toEpochMilli());
            if (deleted > 0 && latest.length > 0 && latest[0].getAtMillis() == at.toEpochMilli()) {
                AoKpiValue[] before = ao.find(AoKpiValue.class, Query.select().where("KPI_ID = ?", kpi)
                        .order("AT_MILLIS DESC, ID DESC").limit(1));
                if (before.length == 0) {
                    ao.deleteWithSQL(AoKpiLatest.class, "KPI_ID = ?", kpi);
                } else {
                    AoKpiLatest row = latest[0];
                    row.setValueId(before[0].getID());
                    row.setAtMillis(before[0].getAtMillis());
                    row.setNumericValue(before[0].getNumericValue());
                    row.setBreakdown(before[0].getBreakdown());
                    row.setErrorCode(before[0].getErrorCode());
                    row.setErrorDetail(before[0].getErrorDetail());
                    row.save();
                }
            }
            return deleted;
        });
    }

    @Override
    public void deleteByKpiId(KpiId kpiId) {
        if (!AoIds.isStorable(kpiId.value())) {
            return;
        }
        int key = (int) kpiId.value();
        AoConcurrency.retrying(ao, "KPI " + key, () -> {
            ao.deleteWithSQL(AoKpiValue.class, "KPI_ID = ?", key);
            ao.deleteWithSQL(AoKpiLatest.class, "KPI_ID = ?", key);
            return null;
        });
    }

    private static KpiValue toValue(AoValueColumns row) {
        KpiError error = row.getErrorCode() == null ? null
                : KpiError.of(KpiErrorCode.valueOf(row.getErrorCode()), row.getErrorDetail());
        return new KpiValue(new KpiId(row.getKpiId()), Instant.ofEpochMilli(row.getAtMillis()), row.getNumericValue(),
                readBreakdown(row.getBreakdown()), error);
    }

    private static List<AgentRow> readBreakdown(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, ROWS).stream().map(r -> new AgentRow(
                    r.agent() == null ? null : new UserKey(r.agent()), r.count(), Health.valueOf(r.health()))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored breakdown is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String json(List<AgentRow> breakdown) {
        try {
            return JSON.writeValueAsString(breakdown.stream().map(r -> new StoredRow(
                    r.agent() == null ? null : r.agent().value(), r.count(), r.health().name())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a breakdown as JSON", e);
        }
    }
}
