package dev.waypoint.preview.browser;

import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.ao.AoCheckIn;
import dev.waypoint.jira.ao.AoCycleRepository;
import dev.waypoint.jira.ao.AoInitiative;
import dev.waypoint.jira.ao.AoKeyResult;
import dev.waypoint.jira.ao.AoObjective;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * Issue 13's budget data: ten times the sample's project page in one cycle of one project, 130 team objectives (13
 * with 9 aligned below each), 400 key results (3 or 4 per objective, with 6 weekly check-ins each) and 4,000 linked
 * issues (10 per key result), inserted through Active Objects' bulk create in one transaction. Deterministic.
 */
final class ProjectPageTenTimesData {

    static final int OBJECTIVES = 130;
    static final int KEY_RESULTS = 400;
    static final int ISSUES_PER_KEY_RESULT = 10;
    static final int CHECK_INS_PER_KEY_RESULT = 6;
    private static final int BATCH = 2_000;

    private ProjectPageTenTimesData() {
    }

    /** Stores the data; returns the cycle's id. */
    static long load(EmbeddedActiveObjects ao, String cycleName, LocalDate start, LocalDate end, String project,
            String owner) {
        return ao.executeInTransaction(() -> {
            Cycle cycle = new AoCycleRepository(ao).insert(Cycle.create(cycleName, start, end, CycleState.ACTIVE));
            int cycleId = Math.toIntExact(cycle.id().value());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int p = 0; p < 13; p++) {
                rows.add(objective(cycleId, "Budget objective " + (p + 1), project, null, owner));
            }
            bulk(ao, AoObjective.class, rows);
            List<Integer> parents = ids(ao, cycleId);
            rows.clear();
            for (int p = 0; p < parents.size(); p++) {
                for (int c = 0; c < 9; c++) {
                    rows.add(objective(cycleId, "Budget objective " + (p + 1) + "." + (c + 1), project,
                            parents.get(p), owner));
                }
            }
            bulk(ao, AoObjective.class, rows);
            List<Integer> objectives = ids(ao, cycleId);
            rows.clear();
            for (int k = 0; k < KEY_RESULTS; k++) {
                Map<String, Object> row = new HashMap<>();
                row.put("OBJECTIVE_ID", objectives.get(k % objectives.size()));
                row.put("TITLE", "Budget key result " + (k + 1));
                row.put("OWNER_KEY", owner);
                row.put("WEIGHT", 1.0);
                row.put("MEASURE_TYPE", "METRIC");
                row.put("BASELINE", 0.0);
                row.put("TARGET", 100.0);
                row.put("SOURCE_TYPE", "MANUAL");
                row.put("VERSION", 0L);
                rows.add(row);
            }
            bulk(ao, AoKeyResult.class, rows);
            List<Integer> keyResults = new ArrayList<>();
            ao.stream(AoKeyResult.class, Query.select("ID, OBJECTIVE_ID").alias(AoKeyResult.class, "KR")
                    .alias(AoObjective.class, "OBJ").join(AoObjective.class, "KR.OBJECTIVE_ID = OBJ.ID")
                    .where("OBJ.CYCLE_ID = ?", cycleId).order("KR.ID"), row -> keyResults.add(row.getID()));
            rows.clear();
            long createdAt = start.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            for (int k = 0; k < keyResults.size(); k++) {
                for (int c = 0; c < CHECK_INS_PER_KEY_RESULT; c++) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("KEY_RESULT_ID", keyResults.get(k));
                    row.put("NUMERIC_VALUE", (double) ((k * 7 + c * 9) % 101));
                    row.put("AUTHOR_KEY", owner);
                    row.put("ORIGIN", "MANUAL");
                    row.put("CREATED_AT", createdAt + c * 7 * 86_400_000L);
                    row.put("EFFECTIVE_DATE", start.plusDays(c * 7L).toString());
                    rows.add(row);
                }
            }
            bulk(ao, AoCheckIn.class, rows);
            rows.clear();
            long issue = 900_000;
            for (int keyResult : keyResults) {
                for (int i = 0; i < ISSUES_PER_KEY_RESULT; i++) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("KEY_RESULT_ID", keyResult);
                    row.put("ISSUE_ID", issue++);
                    row.put("LINKED_BY", owner);
                    row.put("LINKED_AT", createdAt);
                    rows.add(row);
                }
            }
            bulk(ao, AoInitiative.class, rows);
            return cycle.id().value();
        });
    }

    private static Map<String, Object> objective(int cycleId, String title, String project, Integer parent,
            String owner) {
        Map<String, Object> row = new HashMap<>();
        row.put("CYCLE_ID", cycleId);
        row.put("TITLE", title);
        row.put("OBJ_LEVEL", "TEAM");
        row.put("COMMITMENT", "COMMITTED");
        row.put("OWNER_KEY", owner);
        row.put("PROJECT_KEY", project);
        row.put("PARENT_ID", parent);
        row.put("CONTRIBUTES", true);
        row.put("WEIGHT", 1.0);
        row.put("STATE", "ACTIVE");
        row.put("VERSION", 0L);
        return row;
    }

    private static List<Integer> ids(EmbeddedActiveObjects ao, int cycleId) {
        List<Integer> ids = new ArrayList<>();
        ao.stream(AoObjective.class, Query.select("ID").where("CYCLE_ID = ?", cycleId).order("ID"),
                row -> ids.add(row.getID()));
        return ids;
    }

    private static <T extends net.java.ao.RawEntity<Integer>> void bulk(EmbeddedActiveObjects ao, Class<T> type,
            List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            try {
                ao.entityManager().create(type, batch);
            } catch (SQLException e) {
                throw new IllegalStateException("bulk insert into " + type.getSimpleName() + " failed", e);
            }
        }
    }
}
