package dev.waypoint.scoring;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Objective progress (DESIGN §3): the weighted mean {@code Σ wᵢpᵢ / Σ wᵢ} over its key results and contributing
 * child objectives with known progress. Normalised weights as in okr-tracker, BigPicture's contribution and Perdoo's
 * aligned goals (landscape §5.6) — not a plain average, which Ally users complained about (landscape §2 #3: sales
 * targets of $100k / $20k / $1k each counting 33 %).
 */
public final class Rollup {

    private Rollup() {
    }

    /**
     * The weighted mean of the known parts; the clamped value is the mean of the clamped parts (so one over-achieved
     * key result cannot hide another one), the unclamped value the mean of the unclamped parts. Nothing known:
     * unknown with warning NOTHING_TO_ROLL_UP.
     */
    public static Progress weightedMean(Collection<Contribution> parts) {
        double weights = 0;
        double unclamped = 0;
        double clamped = 0;
        double largest = parts.stream().mapToDouble(p -> p.weight().value()).max().orElse(1);
        for (Contribution part : parts) {
            if (part.progress().isKnown()) {
                double w = part.weight().value() / largest;
                weights += w;
                unclamped += w * part.progress().unclamped();
                clamped += w * part.progress().clamped();
            }
        }
        if (weights == 0) {
            return Progress.unknown(ProgressWarning.NOTHING_TO_ROLL_UP);
        }
        double mean = unclamped / weights;
        return new Progress(Math.max(-Progress.MAX_UNCLAMPED, Math.min(Progress.MAX_UNCLAMPED, mean)),
                Progress.clamp(clamped / weights), null);
    }

    /**
     * The progress of every objective given, from the progress of its key results and of its contributing children
     * among {@code objectives} (children that contribute to their parent and are not ABANDONED, weighted by their
     * weight in the parent). Children or key results not given do not count.
     */
    public static Map<ObjectiveId, Progress> objectives(Collection<Objective> objectives,
            Collection<KeyResult> keyResults, Map<KeyResultId, Progress> keyResultProgress) {
        Map<ObjectiveId, List<Contribution>> ownParts = new HashMap<>();
        for (KeyResult keyResult : keyResults) {
            Progress progress = keyResultProgress.getOrDefault(keyResult.id(),
                    Progress.unknown(ProgressWarning.NO_VALUE));
            ownParts.computeIfAbsent(keyResult.objectiveId(), id -> new ArrayList<>())
                    .add(new Contribution(keyResult.weight(), progress));
        }
        Map<ObjectiveId, List<Objective>> children = new HashMap<>();
        for (Objective child : objectives) {
            if (child.parentId() != null && child.contributesToParent() && child.state() != ObjectiveState.ABANDONED) {
                children.computeIfAbsent(child.parentId(), id -> new ArrayList<>()).add(child);
            }
        }
        Map<ObjectiveId, Progress> result = new LinkedHashMap<>();
        for (Objective objective : objectives) {
            progressOf(objective.id(), ownParts, children, result, new HashSet<>());
        }
        return result;
    }

    private static Progress progressOf(ObjectiveId id, Map<ObjectiveId, List<Contribution>> ownParts,
            Map<ObjectiveId, List<Objective>> children, Map<ObjectiveId, Progress> done, Set<ObjectiveId> visiting) {
        Progress known = done.get(id);
        if (known != null) {
            return known;
        }
        if (!visiting.add(id)) {
            return Progress.unknown(ProgressWarning.NOTHING_TO_ROLL_UP); // a loop in stored data counts nothing
        }
        List<Contribution> parts = new ArrayList<>(ownParts.getOrDefault(id, List.of()));
        for (Objective child : children.getOrDefault(id, List.of())) {
            parts.add(new Contribution(child.weight(), progressOf(child.id(), ownParts, children, done, visiting)));
        }
        Progress progress = weightedMean(parts);
        done.put(id, progress);
        return progress;
    }
}
