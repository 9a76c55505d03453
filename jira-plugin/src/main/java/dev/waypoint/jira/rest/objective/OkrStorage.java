package dev.waypoint.jira.rest.objective;

import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.progress.OkrReadRepository;
import jakarta.inject.Inject;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Core's OKR storage ports, together: the AO repositories in Jira and the preview, in-memory fakes in tests. The read
 * models (issue panel, export) read several of them in bulk.
 */
@Component
public record OkrStorage(
        CycleRepository cycles,
        ObjectiveRepository objectives,
        KeyResultRepository keyResults,
        CheckInRepository checkIns,
        InitiativeRepository initiatives,
        OkrReadRepository reads) {

    @Inject
    public OkrStorage {
        Objects.requireNonNull(cycles, "'cycles' must not be null");
        Objects.requireNonNull(objectives, "'objectives' must not be null");
        Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        Objects.requireNonNull(reads, "'reads' must not be null");
    }
}
