package dev.waypoint.kpi.testdata;

import dev.waypoint.alignment.KpiAlignmentRepository;
import dev.waypoint.alignment.inmemory.InMemoryKpiAlignmentRepository;
import dev.waypoint.checkin.inmemory.InMemoryCheckInRepository;
import dev.waypoint.cycle.inmemory.InMemoryCycleRepository;
import dev.waypoint.initiative.inmemory.InMemoryInitiativeRepository;
import dev.waypoint.keyresult.inmemory.InMemoryKeyResultRepository;
import dev.waypoint.kpi.KpiRepository;
import dev.waypoint.kpi.KpiTargetChangeRepository;
import dev.waypoint.kpi.KpiValueRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiTargetChangeRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiValueRepository;
import dev.waypoint.objective.inmemory.InMemoryObjectiveRepository;
import dev.waypoint.progress.inmemory.InMemoryOkrReadRepository;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import dev.waypoint.refresh.RefreshClaims;
import dev.waypoint.refresh.inmemory.InMemoryKeyResultRefreshStatusRepository;
import dev.waypoint.refresh.inmemory.InMemoryRefreshClaims;
import dev.waypoint.testdata.OkrRepositories;
import java.util.Objects;

/**
 * One implementation of every KPI storage port, plus the OKR ports (objectives and key results are referred to by
 * alignments and refresh statuses), all over the same store. Each KPI repository contract test gets a fresh one
 * from {@code createRepositories()}: an AO contract test returns its AO repositories on one fresh database, e.g.
 * <pre>{@code
 * class AoKpiRepositoryTest extends KpiRepositoryContract {
 *     protected KpiRepositories createRepositories() {
 *         AoTestDatabase db = new AoTestDatabase();
 *         return new KpiRepositories(new AoKpiRepository(db.ao()), new AoKpiValueRepository(db.ao()), ...,
 *                 new OkrRepositories(new AoCycleRepository(db.ao()), ...));
 *     }
 * }
 * }</pre>
 */
public record KpiRepositories(
        KpiRepository kpis,
        KpiValueRepository values,
        KpiAlignmentRepository alignments,
        KpiTargetChangeRepository targetChanges,
        KeyResultRefreshStatusRepository keyResultStatuses,
        RefreshClaims claims,
        OkrRepositories okr) {

    public KpiRepositories {
        Objects.requireNonNull(kpis, "'kpis' must not be null");
        Objects.requireNonNull(values, "'values' must not be null");
        Objects.requireNonNull(alignments, "'alignments' must not be null");
        Objects.requireNonNull(targetChanges, "'targetChanges' must not be null");
        Objects.requireNonNull(keyResultStatuses, "'keyResultStatuses' must not be null");
        Objects.requireNonNull(claims, "'claims' must not be null");
        Objects.requireNonNull(okr, "'okr' must not be null");
    }

    /** Fresh, empty in-memory repositories; alignments live in the in-memory objectives. */
    public static KpiRepositories inMemory() {
        InMemoryObjectiveRepository objectives = new InMemoryObjectiveRepository();
        InMemoryKeyResultRepository keyResults = new InMemoryKeyResultRepository();
        InMemoryCheckInRepository checkIns = new InMemoryCheckInRepository();
        InMemoryInitiativeRepository initiatives = new InMemoryInitiativeRepository();
        InMemoryKpiRepository kpis = new InMemoryKpiRepository();
        OkrRepositories okr = new OkrRepositories(new InMemoryCycleRepository(), objectives, keyResults, checkIns,
                initiatives, new InMemoryOkrReadRepository(objectives, keyResults, checkIns, initiatives, kpis));
        return new KpiRepositories(kpis, new InMemoryKpiValueRepository(),
                new InMemoryKpiAlignmentRepository(objectives), new InMemoryKpiTargetChangeRepository(),
                new InMemoryKeyResultRefreshStatusRepository(), new InMemoryRefreshClaims(), okr);
    }
}
