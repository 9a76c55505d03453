package dev.waypoint.closing;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Copies unfinished key results into another cycle. Each goes under the objective of the target cycle with the same
 * title (ignoring case and surrounding blanks), level and project as its own objective; if there is none, the
 * objective is copied first (state DRAFT, no grade, keeping its parent only if the parent's cycle overlaps the target
 * cycle). The key result keeps its measure, source, weight and owner, and its latest value (number or milestone
 * states) is copied as a first check-in effective on the target cycle's first day, so progress continues where it
 * stopped. The originals stay unchanged in the closed cycle.
 */
public final class CarryOverWriter {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final CycleRepository cycles;
    private final Clock clock;

    public CarryOverWriter(ObjectiveRepository objectives, KeyResultRepository keyResults, CheckInRepository checkIns,
            CycleRepository cycles, Clock clock) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.cycles = cycles;
        this.clock = clock;
    }

    /** Writes the copies; call inside the closing transaction. Returns the new key results. */
    List<KeyResult> carryOver(GradingPreview preview, Cycle target, List<KeyResult> chosen, UserKey actor) {
        Map<ObjectiveId, Objective> sources = preview.objectives().stream()
                .collect(Collectors.toMap(Objective::id, Function.identity()));
        Map<String, Objective> targets = new HashMap<>();
        objectives.findByCycleIds(List.of(target.id())).forEach(o -> targets.putIfAbsent(matchKey(o), o));
        Set<ObjectiveId> keptParents = parentsOverlapping(chosen.stream()
                .map(k -> sources.get(k.objectiveId()).parentId()).filter(Objects::nonNull).toList(), target);
        List<KeyResult> copies = new ArrayList<>();
        for (KeyResult keyResult : chosen) {
            Objective source = sources.get(keyResult.objectiveId());
            Objective destination = targets.computeIfAbsent(matchKey(source), key -> objectives.insert(
                    source.copyInto(target.id(), keptParents.contains(source.parentId()) ? source.parentId() : null)));
            KeyResult copy = keyResults.insert(keyResult.copyUnder(destination.id()));
            latestValue(preview.checkIns().getOrDefault(keyResult.id(), List.of())).ifPresent(latest -> checkIns
                    .insert(new CheckIn(null, copy.id(), latest.value(), latest.confidence(), null,
                            latest.origin() == CheckInOrigin.MANUAL ? actor : null, latest.origin(), clock.instant(),
                            target.start())));
            copies.add(copy);
        }
        return copies;
    }

    private Set<ObjectiveId> parentsOverlapping(List<ObjectiveId> parentIds, Cycle target) {
        List<Objective> parents = objectives.findByIds(parentIds);
        Map<CycleId, Cycle> parentCycles = cycles.findByIds(parents.stream().map(Objective::cycleId).toList())
                .stream().collect(Collectors.toMap(Cycle::id, Function.identity()));
        return parents.stream()
                .filter(p -> parentCycles.containsKey(p.cycleId()) && parentCycles.get(p.cycleId()).overlaps(target))
                .map(Objective::id)
                .collect(Collectors.toSet());
    }

    private static java.util.Optional<CheckIn> latestValue(List<CheckIn> history) {
        return history.stream().filter(c -> c.value() != null).max(CheckIn.CHRONOLOGICAL);
    }

    private static String matchKey(Objective objective) {
        return objective.title().strip().toLowerCase(Locale.ROOT) + "|" + objective.level() + "|"
                + objective.project();
    }
}
