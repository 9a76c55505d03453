package dev.waypoint.app.progress;

import dev.waypoint.access.Scope;
import dev.waypoint.app.okr.Disclosure;
import dev.waypoint.app.okr.OkrAccess;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInRepository;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.initiative.Initiative;
import dev.waypoint.initiative.InitiativeRepository;
import dev.waypoint.issue.IssueDirectory;
import dev.waypoint.issue.IssueId;
import dev.waypoint.issue.IssueRef;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.KeyResultRepository;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.Pace;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;
import dev.waypoint.scoring.ScoringSettings;
import dev.waypoint.scoring.ScoringSettingsSource;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the issue panel in a fixed number of bulk reads whatever the number of links (DESIGN §6): the issue as the
 * viewer (404 if they may not see it), the links of the issue and its epic, then their key results, objectives,
 * cycles and check-ins, one read each, what the viewer may see of them (the disclosure rule), then pure scoring.
 */
public final class IssuePanelQuery {

    private final OkrAccess access;
    private final Disclosure disclosure;
    private final IssueDirectory issues;
    private final InitiativeRepository initiatives;
    private final KeyResultRepository keyResults;
    private final ObjectiveRepository objectives;
    private final CycleRepository cycles;
    private final CheckInRepository checkIns;
    private final ScoringSettingsSource settings;
    private final Clock clock;

    public IssuePanelQuery(OkrAccess access, Disclosure disclosure, IssueDirectory issues,
            InitiativeRepository initiatives, KeyResultRepository keyResults, ObjectiveRepository objectives,
            CycleRepository cycles, CheckInRepository checkIns, ScoringSettingsSource settings, Clock clock) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.disclosure = Objects.requireNonNull(disclosure, "'disclosure' must not be null");
        this.issues = Objects.requireNonNull(issues, "'issues' must not be null");
        this.initiatives = Objects.requireNonNull(initiatives, "'initiatives' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.objectives = Objects.requireNonNull(objectives, "'objectives' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.checkIns = Objects.requireNonNull(checkIns, "'checkIns' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * The issue, if the viewer may see it.
     *
     * @param issueKey a syntactically valid issue key (the adapter parses it)
     * @throws NotFoundException if there is no such issue or the viewer may not see it
     */
    public IssueRef issue(String issueKey) {
        UserKey viewer = access.requireLicensed();
        return issues.findVisible(viewer, issueKey).orElseThrow(() -> new NotFoundException("Issue", issueKey));
    }

    /**
     * @param issueKey a syntactically valid issue key (the adapter parses it)
     * @throws NotFoundException if there is no such issue or the viewer may not see it
     */
    public IssuePanel panel(String issueKey) {
        IssueRef issue = issue(issueKey);
        Optional<UserKey> viewer = access.viewer();
        boolean canLink = access.permissions().scopes().canEdit(viewer, Scope.project(issue.project()),
                viewer.orElse(null));
        return new IssuePanel(issue, canLink, drivenBy(issue));
    }

    private List<IssuePanel.Driven> drivenBy(IssueRef issue) {
        List<IssueId> issueIds = issue.hasEpic() ? List.of(issue.id(), issue.epicId()) : List.of(issue.id());
        List<Initiative> links = initiatives.findByIssueIds(issueIds);
        if (links.isEmpty()) {
            return List.of();
        }
        Map<KeyResultId, KeyResult> linked = byId(keyResults.findByIds(links.stream().map(Initiative::keyResultId)
                .toList()), KeyResult::id);
        Map<ObjectiveId, Objective> theirObjectives = byId(objectives.findByIds(linked.values().stream()
                .map(KeyResult::objectiveId).toList()), Objective::id);
        List<KeyResult> visible = linked.values().stream()
                .filter(k -> theirObjectives.containsKey(k.objectiveId())
                        && access.canView(theirObjectives.get(k.objectiveId())))
                .toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        Set<KeyResultId> visibleIds = visible.stream().map(KeyResult::id).collect(Collectors.toSet());
        Disclosure.Verdict verdict = disclosure.forViewer(visible, theirObjectives.values());
        Map<CycleId, Cycle> theirCycles = byId(cycles.findByIds(visible.stream()
                .map(k -> theirObjectives.get(k.objectiveId()).cycleId()).toList()), Cycle::id);
        Map<KeyResultId, List<CheckIn>> history = checkIns.findByKeyResultIds(visible.stream()
                .filter(verdict::shows).map(KeyResult::id).toList()).stream()
                .collect(Collectors.groupingBy(CheckIn::keyResultId));
        ScoringSettings scoring = settings.current();
        LocalDate today = LocalDate.now(clock);
        List<IssuePanel.Driven> driven = new ArrayList<>();
        for (Initiative link : links) {
            KeyResult keyResult = linked.get(link.keyResultId());
            if (keyResult == null || !visibleIds.contains(keyResult.id())) {
                continue;
            }
            Objective objective = theirObjectives.get(keyResult.objectiveId());
            Cycle cycle = theirCycles.get(objective.cycleId());
            if (cycle == null) {
                continue;
            }
            boolean direct = link.issueId().equals(issue.id());
            boolean hidden = !verdict.shows(keyResult);
            List<CheckIn> chronological = history.getOrDefault(keyResult.id(), List.of()).stream()
                    .sorted(CheckIn.CHRONOLOGICAL).toList();
            Progress progress = hidden ? Progress.unknown(ProgressWarning.HIDDEN)
                    : KeyResultProgress.fromCheckIns(keyResult.measure(), chronological);
            PaceStatus pace = hidden ? PaceStatus.UNKNOWN : Pace.status(progress,
                    Pace.expected(cycle.start(), cycle.end(), today), CheckIn.latestConfidence(chronological), scoring);
            driven.add(new IssuePanel.Driven(keyResult, objective, cycle, !direct,
                    direct ? issue.key() : issue.epicKey(), progress, pace,
                    direct && access.offersCheckIn(cycle, objective, keyResult), hidden));
        }
        driven.sort(Comparator.comparing((IssuePanel.Driven d) -> d.cycle().start()).reversed()
                .thenComparingLong(d -> d.keyResult().id().value()));
        return driven;
    }

    private static <K, V> Map<K, V> byId(List<V> rows, Function<V, K> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
