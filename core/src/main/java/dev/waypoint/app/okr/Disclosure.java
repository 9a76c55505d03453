package dev.waypoint.app.okr;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.access.Permissions;
import dev.waypoint.access.Scope;
import dev.waypoint.app.kpi.VisibleKpis;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The disclosure rule of DESIGN §5 for key results: a viewer never receives a value, count, progress, forecast or
 * check-in that derives from issues or KPIs they may not see. Whose numbers a key result shows depends on its source:
 * <ul>
 *   <li>MANUAL (and MILESTONE): people's check-ins in the objective's scope — whoever sees the key result;</li>
 *   <li>KPI: the KPI's values — whoever may see the KPI (a composite: all its children);</li>
 *   <li>JQL: the query's count, restricted to projects ({@link ValueSource.Jql#countedIn}) — whoever may browse all
 *       of them; a query without known projects is counted by nobody and shown to nobody;</li>
 *   <li>ISSUES: the progress of the linked issues and their epic children — whoever may browse every project those
 *       issues were in at the latest refresh.</li>
 * </ul>
 * The viewer is the current user. One decision reads the bound KPIs (one or two reads) and the refresh states of
 * the ISSUES key results (one read), whatever the number of key results.
 */
public final class Disclosure {

    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final VisibleKpis kpis;
    private final KeyResultRefreshStatusRepository statuses;

    public Disclosure(CurrentUser currentUser, Permissions permissions, VisibleKpis kpis,
            KeyResultRefreshStatusRepository statuses) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.permissions = Objects.requireNonNull(permissions, "'permissions' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.statuses = Objects.requireNonNull(statuses, "'statuses' must not be null");
    }

    /**
     * Which key results' numbers the current user may see.
     *
     * @param hidden the key results shown by title only
     * @param kpis   the KPIs the key results are bound to that the viewer may see (read for the decision anyway,
     *               so read models need not read them again)
     */
    public record Verdict(Set<KeyResultId> hidden, Map<KpiId, Kpi> kpis) {

        public Verdict {
            hidden = Set.copyOf(hidden);
            kpis = Map.copyOf(kpis);
        }

        public boolean shows(KeyResult keyResult) {
            return !hidden.contains(keyResult.id());
        }
    }

    /**
     * Decides for the current user.
     *
     * @param objectives the key results' objectives (others may be included)
     */
    public Verdict forViewer(Collection<KeyResult> keyResults, Collection<Objective> objectives) {
        Optional<UserKey> viewer = currentUser.key();
        Map<ObjectiveId, Objective> byId = objectives.stream()
                .collect(Collectors.toMap(Objective::id, Function.identity(), (a, b) -> a));
        List<KpiId> bound = keyResults.stream().map(KeyResult::source).filter(ValueSource.Kpi.class::isInstance)
                .map(source -> ((ValueSource.Kpi) source).kpiId()).distinct().toList();
        Map<KpiId, Kpi> seenKpis = kpis.find(viewer, bound);
        Set<KpiId> visibleKpis = seenKpis.keySet();
        List<KeyResultId> issueBased = keyResults.stream().filter(k -> k.measure() instanceof Measure.Issues)
                .map(KeyResult::id).toList();
        Map<KeyResultId, KeyResultRefreshStatus> refreshed = issueBased.isEmpty() ? Map.of()
                : statuses.findByKeyResultIds(issueBased);
        Map<ProjectKey, Boolean> browsable = new HashMap<>();
        Set<KeyResultId> hidden = new HashSet<>();
        for (KeyResult keyResult : keyResults) {
            boolean shown = switch (keyResult.source()) {
                case ValueSource.Kpi kpi -> visibleKpis.contains(kpi.kpiId());
                case ValueSource.Jql jql -> {
                    Objective objective = byId.get(keyResult.objectiveId());
                    Set<ProjectKey> projects = objective == null ? Set.of() : jql.countedIn(objective);
                    yield !projects.isEmpty() && mayBrowseAll(viewer, projects, browsable);
                }
                case ValueSource.Manual manual -> !(keyResult.measure() instanceof Measure.Issues)
                        || !refreshed.containsKey(keyResult.id())
                        || mayBrowseAll(viewer, refreshed.get(keyResult.id()).projects(), browsable);
            };
            if (!shown) {
                hidden.add(keyResult.id());
            }
        }
        return new Verdict(hidden, seenKpis);
    }

    private boolean mayBrowseAll(Optional<UserKey> viewer, Set<ProjectKey> projects,
            Map<ProjectKey, Boolean> browsable) {
        return projects.stream().allMatch(project -> browsable.computeIfAbsent(project,
                key -> permissions.canView(viewer, Scope.project(key))));
    }
}
