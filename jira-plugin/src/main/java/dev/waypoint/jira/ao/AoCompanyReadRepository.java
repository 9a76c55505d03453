package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.app.company.CompanyCycleData;
import dev.waypoint.app.company.CompanyReadRepository;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.java.ao.Query;

/**
 * The company page's bulk reads on Active Objects ({@link CompanyReadRepository}). A whole cycle is three statements
 * whatever its size: the key results and check-ins are joined to the objective table by cycle instead of being asked
 * for by IN lists of ids, which a cycle of 100,000 key results would split into a hundred statements. Rows are
 * streamed ({@link ActiveObjects#stream}), so AO builds no entity per row. A subtree is read level by level.
 */
public final class AoCompanyReadRepository implements CompanyReadRepository {

    /** Deepest alignment followed below an expanded objective. */
    static final int MAX_DEPTH = 20;

    private static final String KR = "KR";
    private static final String OBJ = "OBJ";
    private static final String CI = "CI";

    private final ActiveObjects ao;
    private final AoKeyResultRepository keyResults;
    private final AoCheckInRepository checkIns;

    public AoCompanyReadRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
        this.keyResults = new AoKeyResultRepository(ao);
        this.checkIns = new AoCheckInRepository(ao);
    }

    @Override
    public CompanyCycleData loadCycle(CycleId cycleId) {
        int cycle = Math.toIntExact(cycleId.value());
        List<Objective> objectives = new ArrayList<>();
        ao.stream(AoObjective.class, Query.select(AoColumns.OBJECTIVE).where("CYCLE_ID = ?", cycle),
                row -> objectives.add(AoObjectiveRepository.toObjective(row)));
        if (objectives.isEmpty()) {
            return CompanyCycleData.EMPTY;
        }
        List<KeyResult> rows = new ArrayList<>();
        ao.stream(AoKeyResult.class, Query.select(AoColumns.KEY_RESULT)
                .alias(AoKeyResult.class, KR).alias(AoObjective.class, OBJ)
                .join(AoObjective.class, KR + ".OBJECTIVE_ID = " + OBJ + ".ID")
                .where(OBJ + ".CYCLE_ID = ?", cycle),
                row -> rows.add(AoKeyResultRepository.toKeyResult(row)));
        List<CheckIn> history = new ArrayList<>();
        if (!rows.isEmpty()) {
            ao.stream(AoCheckIn.class, Query.select(AoColumns.CHECK_IN)
                    .alias(AoCheckIn.class, CI).alias(AoKeyResult.class, KR).alias(AoObjective.class, OBJ)
                    .join(AoKeyResult.class, CI + ".KEY_RESULT_ID = " + KR + ".ID")
                    .join(AoObjective.class, KR + ".OBJECTIVE_ID = " + OBJ + ".ID")
                    .where(OBJ + ".CYCLE_ID = ?", cycle),
                    row -> history.add(AoCheckInRepository.toCheckIn(row)));
        }
        return CompanyCycleData.of(objectives, rows, history);
    }

    @Override
    public CompanyCycleData loadSubtree(CycleId cycleId, ObjectiveId root) {
        int cycle = Math.toIntExact(cycleId.value());
        List<Objective> objectives = new ArrayList<>();
        ao.stream(AoObjective.class, Query.select(AoColumns.OBJECTIVE)
                .where("ID = ? AND CYCLE_ID = ?", Math.toIntExact(root.value()), cycle),
                row -> objectives.add(AoObjectiveRepository.toObjective(row)));
        if (objectives.isEmpty()) {
            return CompanyCycleData.EMPTY;
        }
        Set<ObjectiveId> seen = new HashSet<>(List.of(root));
        List<ObjectiveId> frontier = List.of(root);
        for (int depth = 0; depth < MAX_DEPTH && !frontier.isEmpty(); depth++) {
            List<ObjectiveId> next = new ArrayList<>();
            for (List<Object> chunk : AoIds.chunks(frontier, ObjectiveId::value, true)) {
                List<Object> parameters = new ArrayList<>(chunk);
                parameters.add(cycle);
                ao.stream(AoObjective.class, Query.select(AoColumns.OBJECTIVE)
                        .where(AoIds.in("PARENT_ID", chunk.size()) + " AND CYCLE_ID = ?", parameters.toArray()),
                        row -> {
                            Objective child = AoObjectiveRepository.toObjective(row);
                            if (seen.add(child.id())) {
                                objectives.add(child);
                                next.add(child.id());
                            }
                        });
            }
            frontier = next;
        }
        List<KeyResult> rows = keyResults.findByObjectiveIds(objectives.stream().map(Objective::id).toList());
        List<CheckIn> history = checkIns.findByKeyResultIds(rows.stream().map(KeyResult::id).toList());
        return CompanyCycleData.of(objectives, rows, history);
    }

    /** Used by tests: the key result ids of a cycle, for comparing with {@link #loadCycle}. */
    static List<KeyResultId> ids(List<KeyResult> keyResults) {
        return keyResults.stream().map(KeyResult::id).toList();
    }
}
