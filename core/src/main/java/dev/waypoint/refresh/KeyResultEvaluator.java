package dev.waypoint.refresh;

import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.IssueSearch;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.scoring.IssueMetrics;
import dev.waypoint.scoring.KeyResultProgress;
import dev.waypoint.scoring.Progress;
import dev.waypoint.shared.ProjectKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates one automatic key result.
 * <ul>
 *   <li>KPI source: the KPI's latest value; 0 searches. A KPI without a value gives KPI_WITHOUT_VALUE.</li>
 *   <li>JQL source: the count of the query as the key result's owner (or its objective's owner); 1 search.</li>
 *   <li>ISSUES measure: the progress of the linked issues (COUNT, STORY_POINTS, TIME or STATUS_CATEGORY, LIVE or
 *       FROZEN scope, by {@link KeyResultProgress#issues}); {@code ceil(L / cap)} searches for the L linked issues
 *       ({@code issue in (ids)}) plus one per linked epic for its children (the admin's template, key quoted by
 *       {@link Jql#fillTemplate}); 0 searches without links, which records an unknown progress.</li>
 * </ul>
 * Queries run as the owner: without one the error is NO_OWNER, with an inactive one OWNER_INACTIVE.
 */
public final class KeyResultEvaluator {

    private final Searches search;
    private final UserDirectory users;

    public KeyResultEvaluator(IssueSearch search, UserDirectory users) {
        this.search = new Searches(search);
        this.users = Objects.requireNonNull(users, "'users' must not be null");
    }

    KeyResultOutcome evaluate(RefreshableKeyResult target, List<IssueId> linked, Map<KpiId, KpiValue> kpiValues,
            RefreshSettings settings) {
        KeyResult keyResult = target.keyResult();
        try {
            if (keyResult.source() instanceof ValueSource.Kpi kpi) {
                KpiValue value = kpiValues.get(kpi.kpiId());
                if (value == null || value.value() == null) {
                    throw new RefreshFailure(KpiErrorCode.KPI_WITHOUT_VALUE, kpi.kpiId().toString());
                }
                return KeyResultOutcome.value(value.value(), 0, Set.of());
            }
            if (target.runAs() == null) {
                throw new RefreshFailure(KpiErrorCode.NO_OWNER, "");
            }
            if (!users.isActive(target.runAs())) {
                throw new RefreshFailure(KpiErrorCode.OWNER_INACTIVE, target.runAs().value());
            }
            if (keyResult.source() instanceof ValueSource.Jql jql) {
                if (target.jqlProjects().isEmpty()) {
                    throw new RefreshFailure(KpiErrorCode.JQL_WITHOUT_PROJECTS, "");
                }
                return KeyResultOutcome.value((double) search.count(Jql.inProjects(jql.jql(), target.jqlProjects()),
                        target.runAs()), 0, target.jqlProjects());
            }
            if (keyResult.measure() instanceof Measure.Issues issues) {
                List<IssueFacts> counted = new ArrayList<>();
                IssueMetrics metrics = metrics(target, linked, settings, counted);
                Progress progress = KeyResultProgress.issues(issues, metrics);
                return KeyResultOutcome.value(progress.unclamped(), metrics.unestimated(), projectsOf(counted));
            }
            throw new IllegalArgumentException("key result " + keyResult.id() + " is not refreshed");
        } catch (RefreshFailure failure) {
            return KeyResultOutcome.failed(failure.error());
        }
    }

    private static Set<ProjectKey> projectsOf(List<IssueFacts> issues) {
        Set<ProjectKey> projects = new TreeSet<>();
        issues.forEach(issue -> projects.add(ProjectKey.ofIssueKey(issue.key())));
        return projects;
    }

    /** @param counted receives every issue the metrics count (linked issues and epic children) */
    private IssueMetrics metrics(RefreshableKeyResult target, List<IssueId> linked, RefreshSettings settings,
            List<IssueFacts> counted) {
        List<IssueFacts> facts = new ArrayList<>();
        List<IssueId> distinct = linked.stream().distinct().toList();
        int cap = settings.linkedIssueCap();
        for (int from = 0; from < distinct.size(); from += cap) {
            List<IssueId> chunk = distinct.subList(from, Math.min(distinct.size(), from + cap));
            facts.addAll(search.sample(Jql.issuesWithIds(chunk), target.runAs(), cap, Set.of()));
        }
        Map<IssueId, List<IssueFacts>> children = new LinkedHashMap<>();
        for (IssueFacts epic : facts) {
            if (epic.epic() && !children.containsKey(epic.id())) {
                children.put(epic.id(), search.sample(Jql.fillTemplate(settings.epicChildrenJql(), epic.key()),
                        target.runAs(), cap, Set.of()));
            }
        }
        counted.addAll(facts);
        children.values().forEach(counted::addAll);
        return LinkedIssueMetrics.of(facts, children);
    }
}
