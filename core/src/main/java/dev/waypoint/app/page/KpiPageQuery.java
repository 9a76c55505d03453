package dev.waypoint.app.page;

import dev.waypoint.app.alignment.KpiAlignmentsQuery;
import dev.waypoint.app.dashboard.AgentDirectory;
import dev.waypoint.app.dashboard.AgentWorkload;
import dev.waypoint.app.dashboard.AgentWorkloadQuery;
import dev.waypoint.app.insight.InsightsQuery;
import dev.waypoint.app.kpi.DrillDown;
import dev.waypoint.app.kpi.KnownKpis;
import dev.waypoint.app.kpi.KpiAccess;
import dev.waypoint.app.kpi.KpiAppMessages;
import dev.waypoint.app.kpi.KpiScorecardQuery;
import dev.waypoint.app.kpi.KpiView;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.insight.Insight;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.UserNames;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI's page (DESIGN §4 "KPI pages"): the KPI with the values of the last days or of a cycle for its history chart,
 * the queries behind its value, its per-agent rows, its KPI tree, the objectives aligned to it, its insights and the
 * viewer's capabilities. Reads stored values only, never JQL (DESIGN §6), in a fixed number of statements whatever the
 * number of KPIs, days or objectives: every KPI (one read), every cycle (one), the KPI's values (one, one more without
 * a recent value), the latest values of its tree (one or two), the scope's insights ({@code InsightSnapshotLoader}'s
 * reads) and the aligned objectives ({@link KpiAlignmentsQuery}'s reads).
 */
public final class KpiPageQuery {

    /** The period when none is chosen. */
    public static final int DEFAULT_DAYS = 90;

    private final KpiAccess access;
    private final KpiReadService reads;
    private final UserNames names;
    private final AgentDirectory agents;
    private final CycleRepository cycles;
    private final InsightsQuery insights;
    private final KpiAlignmentsQuery alignments;
    private final Clock clock;

    public KpiPageQuery(KpiAccess access, KpiReadService reads, UserNames names, AgentDirectory agents,
            CycleRepository cycles, InsightsQuery insights, KpiAlignmentsQuery alignments, Clock clock) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.reads = Objects.requireNonNull(reads, "'reads' must not be null");
        this.names = Objects.requireNonNull(names, "'names' must not be null");
        this.agents = Objects.requireNonNull(agents, "'agents' must not be null");
        this.cycles = Objects.requireNonNull(cycles, "'cycles' must not be null");
        this.insights = Objects.requireNonNull(insights, "'insights' must not be null");
        this.alignments = Objects.requireNonNull(alignments, "'alignments' must not be null");
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
    }

    /**
     * @param days    the last days to show, 1 to {@link KpiReadService#MAX_DAYS}; {@code null} for
     *                {@value #DEFAULT_DAYS}, or for the cycle's days when {@code cycleId} is given
     * @param cycleId a cycle whose days to show (up to today, at most {@link KpiReadService#MAX_DAYS} days), or
     *                {@code null}
     * @throws dev.waypoint.access.AccessDeniedException 401 / 403 not logged in, no licence
     * @throws NotFoundException                        no such KPI (or the viewer may not see it), no such cycle
     * @throws dev.waypoint.shared.InvalidInputException both or bad {@code days} (field {@code days})
     */
    public KpiPage page(KpiId id, Integer days, CycleId cycleId) {
        KnownKpis known = access.everything();
        Kpi kpi = known.asSeen(KpiAccess.visible(known, id));
        if (days != null && cycleId != null) {
            throw KpiAppMessages.CATALOG.invalid("days", KpiAppMessages.DAYS_OR_CYCLE);
        }
        if (days != null) {
            KpiScorecardQuery.requireDays(days);
        }
        List<Cycle> allCycles = cycles.findAll().stream()
                .sorted(Comparator.comparing(Cycle::start).reversed().thenComparing(c -> c.id().value())).toList();
        KpiPage.Period period = period(days, cycleId, allCycles);
        KpiCard card = withHistoryOf(reads.cards(List.of(kpi), period.days()).get(0), period);
        KpiView view = access.view(kpi);
        String ownerName = names.displayNames(List.of(kpi.owner())).getOrDefault(kpi.owner(), kpi.owner().value());
        List<AgentWorkload.AgentLine> lines = kpi.source() instanceof KpiSource.PerAgent perAgent
                ? AgentWorkloadQuery.lines(perAgent, card.latest(), agents) : List.of();
        List<Insight> own = insights.list(kpi.project()).stream().filter(i -> i.kpis().contains(kpi.id())).toList();
        return new KpiPage(card, ownerName, view.canManage(), view.canChangeJql(), period,
                DrillDown.of(kpi.source()), lines, tree(kpi, known), allCycles, own, alignments.of(kpi.id()));
    }

    /** The chosen period: a cycle's days up to today, or the last {@code days} days. */
    private KpiPage.Period period(Integer days, CycleId cycleId, List<Cycle> allCycles) {
        LocalDate today = LocalDate.now(clock);
        if (cycleId == null) {
            int shown = days == null ? DEFAULT_DAYS : days;
            return new KpiPage.Period(today.minusDays(shown - 1L), today, shown, null);
        }
        Cycle cycle = allCycles.stream().filter(c -> c.id().equals(cycleId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Cycle", cycleId));
        LocalDate to = cycle.end().isBefore(today) ? cycle.end() : today;
        LocalDate from = cycle.start().isAfter(to) ? to : cycle.start();
        LocalDate earliest = today.minusDays(KpiReadService.MAX_DAYS - 1L);
        if (from.isBefore(earliest)) {
            from = earliest;
        }
        if (to.isBefore(from)) {
            to = from;
        }
        return new KpiPage.Period(from, to, (int) ChronoUnit.DAYS.between(from, today) + 1, cycle);
    }

    /** The card with only the values of the period's days. */
    private KpiCard withHistoryOf(KpiCard card, KpiPage.Period period) {
        Instant start = period.from().atStartOfDay(clock.getZone()).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<KpiValue> shown = card.history().stream()
                .filter(v -> !v.at().isBefore(start) && v.at().isBefore(end)).toList();
        return new KpiCard(card.kpi(), card.latest(), card.health(), card.trend(), shown);
    }

    /** The KPI's parent, children and composite inputs the viewer may see, with their latest values (one read). */
    private KpiPage.Tree tree(Kpi kpi, KnownKpis known) {
        Optional<Kpi> parent = kpi.parentId() == null ? Optional.empty() : known.find(kpi.parentId());
        List<Kpi> children = known.visible().stream().filter(k -> kpi.id().equals(k.parentId())).toList();
        List<CompositeChild> inputs = kpi.source() instanceof KpiSource.Composite composite ? composite.children()
                : List.of();
        Map<KpiId, Kpi> members = new LinkedHashMap<>();
        parent.ifPresent(p -> members.put(p.id(), p));
        children.forEach(c -> members.put(c.id(), c));
        inputs.stream().map(i -> known.find(i.kpiId())).flatMap(Optional::stream)
                .forEach(k -> members.put(k.id(), k));
        Map<KpiId, KpiCard> cards = new HashMap<>();
        reads.cards(new ArrayList<>(members.values()), 1).forEach(c -> cards.put(c.kpi().id(), c));
        List<KpiPage.Input> combined = new ArrayList<>();
        if (kpi.source() instanceof KpiSource.Composite composite) {
            Map<KpiId, Double> latest = new HashMap<>();
            cards.forEach((childId, c) -> {
                if (c.latest() != null && c.latest().value() != null) {
                    latest.put(childId, c.latest().value());
                }
            });
            Optional<List<Double>> shares = composite.contributions(latest);
            for (int i = 0; i < inputs.size(); i++) {
                int index = i;
                KpiCard child = cards.get(inputs.get(i).kpiId());
                if (child != null) {
                    combined.add(new KpiPage.Input(child, inputs.get(i).weight(),
                            shares.map(list -> list.get(index)).orElse(null)));
                }
            }
        }
        return new KpiPage.Tree(parent.map(p -> cards.get(p.id())).orElse(null),
                children.stream().map(c -> cards.get(c.id())).toList(),
                kpi.source() instanceof KpiSource.Composite composite ? composite.aggregation() : null, combined);
    }
}
