package dev.waypoint.jira.rest.issue;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.jira.rest.objective.ProgressBody;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.Pace;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.scoring.ScoringSettingsSource;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds the issue panel's key results in a fixed number of bulk reads whatever the number of links (DESIGN §6): the
 * links of the issue and its epic, then their key results, objectives, cycles and check-ins, one query each; then pure
 * scoring.
 */
@Component
public final class IssuePanelReader {

    private final OkrStorage storage;
    private final ScoringSettingsSource settings;
    private final Clock clock;

    @Inject
    public IssuePanelReader(OkrStorage storage, ScoringSettingsSource settings, Clock clock) {
        this.storage = storage;
        this.settings = settings;
        this.clock = clock;
    }

    /** The key results {@code issue} drives that the caller of {@code guard} may see. */
    public List<IssuePanelResponse.DrivenKeyResult> drivenBy(IssueRef issue, OkrGuard guard) {
        List<IssueId> issueIds = issue.hasEpic() ? List.of(issue.id(), issue.epicId()) : List.of(issue.id());
        List<Initiative> links = storage.initiatives().findByIssueIds(issueIds);
        if (links.isEmpty()) {
            return List.of();
        }
        Map<KeyResultId, KeyResult> keyResults = byId(storage.keyResults()
                .findByIds(links.stream().map(Initiative::keyResultId).toList()), KeyResult::id);
        Map<ObjectiveId, Objective> objectives = byId(storage.objectives().findByIds(keyResults.values().stream()
                .map(KeyResult::objectiveId).toList()), Objective::id);
        Set<KeyResultId> visible = keyResults.values().stream()
                .filter(k -> objectives.containsKey(k.objectiveId()) && guard.canView(objectives.get(k.objectiveId())))
                .map(KeyResult::id).collect(Collectors.toSet());
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<CycleId, Cycle> cycles = byId(storage.cycles().findByIds(visible.stream()
                .map(id -> objectives.get(keyResults.get(id).objectiveId()).cycleId()).toList()), Cycle::id);
        Map<KeyResultId, List<CheckIn>> history = storage.checkIns().findByKeyResultIds(visible).stream()
                .collect(Collectors.groupingBy(CheckIn::keyResultId));
        ScoringSettings scoring = settings.current();
        LocalDate today = LocalDate.now(clock);
        List<IssuePanelResponse.DrivenKeyResult> driven = new ArrayList<>();
        for (Initiative link : links) {
            KeyResult keyResult = keyResults.get(link.keyResultId());
            if (keyResult == null || !visible.contains(keyResult.id())) {
                continue;
            }
            Objective objective = objectives.get(keyResult.objectiveId());
            Cycle cycle = cycles.get(objective.cycleId());
            if (cycle == null) {
                continue;
            }
            boolean direct = link.issueId().equals(issue.id());
            List<CheckIn> checkIns = history.getOrDefault(keyResult.id(), List.of()).stream()
                    .sorted(CheckIn.CHRONOLOGICAL).toList();
            Progress progress = KeyResultProgress.fromCheckIns(keyResult.measure(), checkIns);
            double expected = Pace.expected(cycle.start(), cycle.end(), today);
            driven.add(new IssuePanelResponse.DrivenKeyResult(keyResult.id().value(), keyResult.title(),
                    keyResult.owner() == null ? null : keyResult.owner().value(), objective.id().value(),
                    objective.title(), cycle.id().value(), cycle.name(), cycle.state(),
                    direct ? IssuePanelResponse.Via.ISSUE : IssuePanelResponse.Via.EPIC,
                    direct ? issue.key() : issue.epicKey(), ProgressBody.of(progress),
                    Pace.status(progress, expected, latestConfidence(checkIns), scoring),
                    direct && !cycle.isClosed() && guard.canCheckIn(objective, keyResult)));
        }
        driven.sort(Comparator.comparing((IssuePanelResponse.DrivenKeyResult d) -> cycles.get(new CycleId(d.cycleId()))
                .start()).reversed().thenComparingLong(IssuePanelResponse.DrivenKeyResult::keyResultId));
        return driven;
    }

    private static Integer latestConfidence(List<CheckIn> chronological) {
        for (int i = chronological.size() - 1; i >= 0; i--) {
            if (chronological.get(i).confidence() != null) {
                return chronological.get(i).confidence();
            }
        }
        return null;
    }

    private static <K, V> Map<K, V> byId(List<V> rows, Function<V, K> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
