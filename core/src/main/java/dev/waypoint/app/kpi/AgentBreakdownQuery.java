package dev.waypoint.app.kpi;

import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiSource;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The "agent workload" dashboard item: the latest per-agent breakdown of a PER_AGENT KPI (seed 002: open tickets per
 * support agent), one row per agent with its own health. Stored values only.
 */
public final class AgentBreakdownQuery {

    private static final Comparator<AgentRow> ORDER = Comparator.comparing(AgentRow::isUnassigned)
            .thenComparing(Comparator.comparingLong(AgentRow::count).reversed());

    private final KpiAccess access;
    private final KpiReadService reads;

    public AgentBreakdownQuery(KpiAccess access, KpiReadService reads) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
    }

    /**
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws dev.waypoint.shared.NotFoundException     no such KPI, or the viewer may not see it
     * @throws dev.waypoint.shared.InvalidInputException the KPI is not PER_AGENT (field {@code kpi})
     */
    public AgentBreakdown breakdown(KpiId id) {
        Kpi kpi = access.kpi(id);
        if (!(kpi.source() instanceof KpiSource.PerAgent)) {
            throw KpiAppMessages.CATALOG.invalid("kpi", KpiAppMessages.NOT_PER_AGENT, kpi.id(), kpi.source().kind());
        }
        KpiCard card = reads.cards(List.of(kpi), 1).get(0);
        List<AgentRow> rows = card.latest() == null ? List.of() : card.latest().breakdown();
        return new AgentBreakdown(card, rows.stream().sorted(ORDER).toList());
    }
}
