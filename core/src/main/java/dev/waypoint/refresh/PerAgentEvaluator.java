package dev.waypoint.refresh;

import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiHealth;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.search.Agent;
import dev.waypoint.kpi.search.IssueFacts;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.kpi.search.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluates a PER_AGENT KPI (seed 002: open tickets per support agent): value = count of all results / number of
 * agents, with one breakdown row per agent (its own count, and the KPI's bands applied to it) and one row for
 * unassigned results, judged by the same bands (a pile of unassigned tickets is as unhealthy as an agent's).
 *
 * <p><b>Cost</b> in JQL searches, with A = number of agents and S = {@link RefreshSettings#maxAgents()}:
 * <ul>
 *   <li>group or project role: {@code 2 + min(A, S)} (the total, one count per shown agent, the unassigned count);
 *       members come from the user directory, not from a search. No search when there is no agent.</li>
 *   <li>assignees of the results: {@code 3 + min(A, S)}: first one sample of at most
 *       {@link RefreshSettings#assigneeSampleCap()} assigned results, most recently updated first, to discover the
 *       agents, then the same counts. Never O(issues): the sample is capped and each count is one search. Assignees
 *       who only hold results older than the sample are not discovered (a documented approximation).</li>
 * </ul>
 * With more than S agents the value still divides by all A; rows are kept for the first S agents by user key.
 */
final class PerAgentEvaluator {

    private final Searches search;
    private final UserDirectory users;

    PerAgentEvaluator(Searches search, UserDirectory users) {
        this.search = Objects.requireNonNull(search, "'search' must not be null");
        this.users = Objects.requireNonNull(users, "'users' must not be null");
    }

    KpiValue evaluate(Kpi kpi, KpiSource.PerAgent source, Instant at, RefreshSettings settings) {
        List<Agent> agents = agents(kpi, source, settings).stream()
                .sorted(Comparator.comparing(a -> a.key().value())).toList();
        if (agents.isEmpty()) {
            throw new RefreshFailure(KpiErrorCode.NO_AGENTS, "");
        }
        long total = search.count(source.jql(), kpi.owner());
        List<AgentRow> rows = new ArrayList<>();
        for (Agent agent : agents.subList(0, Math.min(agents.size(), settings.maxAgents()))) {
            long count = search.count(Jql.assignedTo(source.jql(), agent), kpi.owner());
            rows.add(new AgentRow(agent.key(), count, KpiHealth.of(kpi.bands(), (double) count)));
        }
        long unassigned = search.count(Jql.unassigned(source.jql()), kpi.owner());
        rows.add(AgentRow.unassigned(unassigned, KpiHealth.of(kpi.bands(), (double) unassigned)));
        return KpiValue.withBreakdown(kpi.id(), at, total / (double) agents.size(), rows);
    }

    private List<Agent> agents(Kpi kpi, KpiSource.PerAgent source, RefreshSettings settings) {
        return switch (source.agents()) {
            case AgentSelection.Group g -> {
                if (!users.groupExists(g.name())) {
                    throw new RefreshFailure(KpiErrorCode.AGENTS_UNKNOWN, "group " + g.name());
                }
                yield users.groupMembers(g.name());
            }
            case AgentSelection.ProjectRole r -> {
                if (!users.projectRoleExists(r.project(), r.role())) {
                    throw new RefreshFailure(KpiErrorCode.AGENTS_UNKNOWN,
                            "project role " + r.role() + " of " + r.project());
                }
                yield users.projectRoleMembers(r.project(), r.role());
            }
            case AgentSelection.Assignees a -> assignees(kpi, source, settings);
        };
    }

    private List<Agent> assignees(Kpi kpi, KpiSource.PerAgent source, RefreshSettings settings) {
        List<IssueFacts> sample = search.sample(Jql.assignedMostRecentFirst(source.jql()), kpi.owner(),
                settings.assigneeSampleCap(), Set.of());
        Map<String, Agent> distinct = new LinkedHashMap<>();
        for (IssueFacts facts : sample) {
            if (facts.assignee() != null) {
                distinct.putIfAbsent(facts.assignee().key().value(), facts.assignee());
            }
        }
        return List.copyOf(distinct.values());
    }
}
