package dev.waypoint.testdata;

import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.checkin.inmemory.InMemoryCheckInRepository;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.inmemory.InMemoryCycleRepository;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.initiative.inmemory.InMemoryInitiativeRepository;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.keyresult.inmemory.InMemoryKeyResultRepository;
import dev.waypoint.kpi.inmemory.InMemoryKpiRepository;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.objective.inmemory.InMemoryObjectiveRepository;
import dev.waypoint.progress.OkrReadRepository;
import dev.waypoint.progress.inmemory.InMemoryOkrReadRepository;
import java.util.Objects;

/**
 * One implementation of every OKR storage port, all over the same store: what each repository contract test needs
 * (the port under test plus the others to create the rows it refers to). An AO contract test returns its AO
 * repositories on one fresh database from {@code createRepositories()}.
 */
public record OkrRepositories(
        CycleRepository cycles,
        ObjectiveRepository objectives,
        KeyResultRepository keyResults,
        CheckInRepository checkIns,
        InitiativeRepository initiatives,
        OkrReadRepository reads) {

    public OkrRepositories {
        Objects.requireNonNull(cycles, "'cycles' must not be null");
        Objects.requireNonNull(objectives, "'objectives' must not be null");
        Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        Objects.requireNonNull(reads, "'reads' must not be null");
    }

    /** Fresh, empty in-memory repositories (without KPIs: bound KPIs have no format here, see KpiRepositories). */
    public static OkrRepositories inMemory() {
        InMemoryObjectiveRepository objectives = new InMemoryObjectiveRepository();
        InMemoryKeyResultRepository keyResults = new InMemoryKeyResultRepository();
        InMemoryCheckInRepository checkIns = new InMemoryCheckInRepository();
        InMemoryInitiativeRepository initiatives = new InMemoryInitiativeRepository();
        return new OkrRepositories(new InMemoryCycleRepository(), objectives, keyResults, checkIns, initiatives,
                new InMemoryOkrReadRepository(objectives, keyResults, checkIns, initiatives,
                        new InMemoryKpiRepository()));
    }
}
