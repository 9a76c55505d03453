package dev.waypoint.app.progress;

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
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.scoring.Grade;
import dev.waypoint.scoring.GradeBand;
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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the issue panel in a fixed number of bulk reads whatever the number of links (DESIGN §6): the issue as the
 * viewer (404 if they may not see it), the links of the issue and its epic, then their key results, objectives,
 * cycles and check-ins, one read each, what the viewer may see of them (the disclosure rule), then pure scoring (values
 * dated after today do not count; in a closed cycle the objective's grade shows instead of pace). The key results the
 * viewer may link the issue to take three more reads: every cycle, the objectives of the open ones, their key results.
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
        List<IssuePanel.Driven> driven = drivenBy(issue);
        return new IssuePanel(issue, driven, linkChoices(issue, driven));
    }

    /**
     * The key results the viewer may link the issue to: those of the issue's project and of the company in cycles
     * that are not closed, that the viewer may check in on, and that do not link the issue directly already; by
     * cycle start (latest first), then objective and key result id.
     */
    private List<IssuePanel.LinkChoice> linkChoices(IssueRef issue, List<IssuePanel.Driven> driven) {
        Map<CycleId, Cycle> open = cycles.findAll().stream().filter(c -> !c.isClosed())
                .collect(Collectors.toMap(Cycle::id, Function.identity()));
        if (open.isEmpty()) {
            return List.of();
        }
        Map<ObjectiveId, Objective> candidates = objectives.findByCycleIds(open.keySet()).stream()
                .filter(o -> o.level() == ObjectiveLevel.COMPANY || issue.project().equals(o.project()))
                .filter(o -> o.state() != ObjectiveState.ABANDONED && o.state() != ObjectiveState.CLOSED)
                .filter(access::canView)
                .collect(Collectors.toMap(Objective::id, Function.identity()));
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<KeyResultId> linked = driven.stream().filter(d -> !d.throughEpic()).map(d -> d.keyResult().id())
                .collect(Collectors.toSet());
        List<IssuePanel.LinkChoice> choices = new ArrayList<>();
        for (KeyResult keyResult : keyResults.findByObjectiveIds(candidates.keySet())) {
            Objective objective = candidates.get(keyResult.objectiveId());
            if (objective != null && !linked.contains(keyResult.id()) && access.canCheckIn(objective, keyResult)) {
                choices.add(new IssuePanel.LinkChoice(keyResult, objective, open.get(objective.cycleId())));
            }
        }
        choices.sort(Comparator.comparing((IssuePanel.LinkChoice c) -> c.cycle().start()).reversed()
                .thenComparingLong(c -> c.objective().id().value())
                .thenComparingLong(c -> c.keyResult().id().value()));
        return choices;
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
            List<CheckIn> upToToday = KeyResultProgress.upTo(chronological, today);
            Progress progress = hidden ? Progress.unknown(ProgressWarning.HIDDEN)
                    : KeyResultProgress.fromCheckIns(keyResult.measure(), upToToday);
            PaceStatus pace = hidden || cycle.isClosed() ? PaceStatus.UNKNOWN : Pace.status(progress,
                    Pace.expected(cycle.start(), cycle.end(), today), CheckIn.latestConfidence(upToToday), scoring);
            GradeBand band = cycle.isClosed() && objective.grade() != null
                    ? Grade.band(objective.grade().score(), scoring) : null;
            driven.add(new IssuePanel.Driven(keyResult, objective, cycle, !direct,
                    direct ? issue.key() : issue.epicKey(), progress, pace,
                    direct && access.offersCheckIn(cycle, objective, keyResult), hidden, band));
        }
        driven.sort(Comparator.comparing((IssuePanel.Driven d) -> d.cycle().start()).reversed()
                .thenComparingLong(d -> d.keyResult().id().value()));
        return driven;
    }

    private static <K, V> Map<K, V> byId(List<V> rows, Function<V, K> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
