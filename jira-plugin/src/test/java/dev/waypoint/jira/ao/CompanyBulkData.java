package dev.waypoint.jira.ao;

import dev.waypoint.ao.embedded.EmbeddedActiveObjects;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.shared.ProjectKey;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Query;

/**
 * A large company cycle on Active Objects for the company page's budgets (benchmarks, statement counts, the browser
 * test): company objectives, team objectives aligned to them (spread over the given projects), individual objectives
 * aligned to the teams, each with METRIC key results and check-ins. Written with AO's bulk insert (one statement per
 * 1,000 rows or so, depending on AO), level by level, reading each level's ids back in insertion order, all in one
 * transaction (an HSQLDB file commits with a disk sync otherwise, which makes the load twenty times slower).
 * Deterministic.
 */
public final class CompanyBulkData {

    /** How big: objectives = companies × (1 + teams × (1 + individuals)); key results = objectives × keyResults. */
    public record Shape(int companies, int teamsPerCompany, int individualsPerTeam, int keyResultsPerObjective,
            int checkInsPerKeyResult) {

        /** Issue 12's budget: 20 + 200 + 19,800 = 20,020 objectives, 100,100 key results, 2 check-ins each. */
        public static final Shape ISSUE_12 = new Shape(20, 10, 99, 5, 2);

        public int objectives() {
            return companies + companies * teamsPerCompany * (1 + individualsPerTeam);
        }

        public int keyResults() {
            return objectives() * keyResultsPerObjective;
        }
    }

    /** What was stored: the cycle, the ids of each level (in order), the counts. */
    public record Loaded(Cycle cycle, List<Integer> companies, List<Integer> teams, int objectives, int keyResults,
            int checkIns) {
    }

    private static final int BATCH = 2_000;

    private CompanyBulkData() {
    }

    public static Loaded load(EmbeddedActiveObjects ao, String cycleName, LocalDate start, LocalDate end,
            CycleState state, Shape shape, List<ProjectKey> projects, String owner) {
        return ao.executeInTransaction(() -> loadInTransaction(ao, cycleName, start, end, state, shape, projects,
                owner));
    }

    private static Loaded loadInTransaction(EmbeddedActiveObjects ao, String cycleName, LocalDate start, LocalDate end,
            CycleState state, Shape shape, List<ProjectKey> projects, String owner) {
        Cycle cycle = new AoCycleRepository(ao).insert(Cycle.create(cycleName, start, end, state));
        int cycleId = Math.toIntExact(cycle.id().value());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int c = 0; c < shape.companies(); c++) {
            rows.add(objective(cycleId, "Company objective " + (c + 1), "COMPANY", null, null, owner));
        }
        List<Integer> companies = insert(ao, AoObjective.class, rows, cycleId, "COMPANY");
        rows.clear();
        int project = 0;
        for (int c = 0; c < companies.size(); c++) {
            for (int t = 0; t < shape.teamsPerCompany(); t++) {
                rows.add(objective(cycleId, "Team objective " + (c + 1) + "." + (t + 1), "TEAM",
                        projects.get(project++ % projects.size()).value(), companies.get(c), owner));
            }
        }
        List<Integer> teams = insert(ao, AoObjective.class, rows, cycleId, "TEAM");
        List<String> teamProjects = rows.stream().map(row -> (String) row.get("PROJECT_KEY")).toList();
        rows.clear();
        for (int t = 0; t < teams.size(); t++) {
            for (int i = 0; i < shape.individualsPerTeam(); i++) {
                rows.add(objective(cycleId, "Individual objective " + (t + 1) + "." + (i + 1), "INDIVIDUAL",
                        teamProjects.get(t), teams.get(t), owner));
            }
        }
        List<Integer> individuals = insert(ao, AoObjective.class, rows, cycleId, "INDIVIDUAL");
        List<Integer> objectives = new ArrayList<>(companies);
        objectives.addAll(teams);
        objectives.addAll(individuals);
        rows.clear();
        int n = 0;
        for (int objective : objectives) {
            for (int k = 0; k < shape.keyResultsPerObjective(); k++) {
                Map<String, Object> row = new HashMap<>();
                row.put("OBJECTIVE_ID", objective);
                row.put("TITLE", "Key result " + (k + 1));
                row.put("OWNER_KEY", owner);
                row.put("WEIGHT", 1.0);
                row.put("MEASURE_TYPE", "METRIC");
                row.put("BASELINE", 0.0);
                row.put("TARGET", 100.0);
                row.put("SOURCE_TYPE", "MANUAL");
                row.put("VERSION", 0L);
                rows.add(row);
                n++;
            }
        }
        bulk(ao, AoKeyResult.class, rows);
        List<Integer> keyResults = new ArrayList<>();
        ao.stream(AoKeyResult.class, Query.select("ID, OBJECTIVE_ID").alias(AoKeyResult.class, "KR")
                .alias(AoObjective.class, "OBJ").join(AoObjective.class, "KR.OBJECTIVE_ID = OBJ.ID")
                .where("OBJ.CYCLE_ID = ?", cycleId).order("KR.ID"), row -> keyResults.add(row.getID()));
        rows.clear();
        long createdAt = start.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        int checkIns = 0;
        for (int k = 0; k < keyResults.size(); k++) {
            for (int c = 0; c < shape.checkInsPerKeyResult(); c++) {
                Map<String, Object> row = new HashMap<>();
                row.put("KEY_RESULT_ID", keyResults.get(k));
                row.put("NUMERIC_VALUE", (double) ((k * 37 + c * 11) % 101));
                row.put("AUTHOR_KEY", owner);
                row.put("ORIGIN", "MANUAL");
                row.put("CREATED_AT", createdAt + c * 86_400_000L);
                row.put("EFFECTIVE_DATE", start.plusDays(c * 7L).toString());
                rows.add(row);
                checkIns++;
                if (rows.size() == BATCH) {
                    bulk(ao, AoCheckIn.class, rows);
                    rows.clear();
                }
            }
        }
        bulk(ao, AoCheckIn.class, rows);
        return new Loaded(cycle, companies, teams, objectives.size(), n, checkIns);
    }

    private static Map<String, Object> objective(int cycleId, String title, String level, String project,
            Integer parent, String owner) {
        Map<String, Object> row = new HashMap<>();
        row.put("CYCLE_ID", cycleId);
        row.put("TITLE", title);
        row.put("OBJ_LEVEL", level);
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

    private static List<Integer> insert(EmbeddedActiveObjects ao, Class<AoObjective> type,
            List<Map<String, Object>> rows, int cycleId, String level) {
        bulk(ao, type, rows);
        List<Integer> ids = new ArrayList<>();
        ao.stream(AoObjective.class, Query.select("ID").where("CYCLE_ID = ? AND OBJ_LEVEL = ?", cycleId, level)
                .order("ID"), row -> ids.add(row.getID()));
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
