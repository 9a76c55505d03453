package dev.waypoint.app.dashboard;

import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.kpi.KpiAppMessages;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.search.Jql;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserKey;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The "agent workload" dashboard item: the latest per-agent breakdown of a PER_AGENT KPI, with the agents' names and,
 * per line, the query of the issues behind its count (for a link to Jira's issue navigator, where the viewer sees only
 * the issues they may see). Reads stored values only, never JQL (DESIGN §6): the scorecard's reads for one KPI and
 * one batched lookup of the agents in the platform's user directory.
 */
public final class AgentWorkloadQuery {

    private static final Comparator<AgentWorkload.AgentLine> ORDER = Comparator
            .comparing(AgentWorkload.AgentLine::unassigned)
            .thenComparing(Comparator.comparingLong(AgentWorkload.AgentLine::count).reversed())
            .thenComparing(line -> line.displayName() == null ? "" : line.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(line -> line.agent() == null ? "" : line.agent().value());

    private final KpiAccess access;
    private final KpiReadService reads;
    private final AgentDirectory agents;

    public AgentWorkloadQuery(KpiAccess access, KpiReadService reads, AgentDirectory agents) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.agents = Objects.requireNonNull(agents, "'agents' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException nobody logged in (401) or no licence (403)
     * @throws NotFoundException                        no such KPI, or the viewer may not see it (404)
     * @throws dev.waypoint.shared.InvalidInputException the KPI is not a PER_AGENT KPI (field {@code kpi})
     */
    public AgentWorkload workload(KpiId id) {
        Kpi kpi = access.kpi(id);
        if (!(kpi.source() instanceof KpiSource.PerAgent perAgent)) {
            throw KpiAppMessages.CATALOG.invalid("kpi", KpiAppMessages.NOT_PER_AGENT, kpi.id(), kpi.source().kind());
        }
        KpiCard card = reads.cards(List.of(kpi), 1).get(0);
        return new AgentWorkload(kpi, card.latest(), card.health(), lines(perAgent, card.latest(), agents));
    }

    /**
     * The lines of a PER_AGENT KPI's value (none without a value): each breakdown row with the agent's name and the
     * query of its issues, by count (highest first), the unassigned line last. One batched lookup in the platform's
     * user directory, no query of the app's.
     */
    public static List<AgentWorkload.AgentLine> lines(KpiSource.PerAgent source, KpiValue latest,
            AgentDirectory agents) {
        List<AgentRow> rows = latest == null ? List.of() : latest.breakdown();
        Map<UserKey, AgentProfile> profiles = rows.isEmpty() ? Map.of() : agents.profiles(rows.stream()
                .map(AgentRow::agent).filter(Objects::nonNull).distinct().toList());
        return rows.stream()
                .map(row -> line(row, row.isUnassigned() ? null : profiles.get(row.agent()), source.jql()))
                .sorted(ORDER)
                .toList();
    }

    private static AgentWorkload.AgentLine line(AgentRow row, AgentProfile profile, String jql) {
        if (row.isUnassigned()) {
            return new AgentWorkload.AgentLine(null, null, row.count(), row.health(), Jql.unassigned(jql));
        }
        return profile == null
                ? new AgentWorkload.AgentLine(row.agent(), row.agent().value(), row.count(), row.health(), null)
                : new AgentWorkload.AgentLine(row.agent(), profile.displayName(), row.count(), row.health(),
                        Jql.assignedTo(jql, profile.agent()));
    }
}
