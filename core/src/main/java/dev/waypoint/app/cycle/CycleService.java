package dev.waypoint.app.cycle;

import dev.waypoint.cycle.CreateCycle;
import dev.waypoint.cycle.CreateQuarters;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleMessages;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.cycle.UpdateCycle;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveRepository;
import dev.waypoint.refresh.RefreshClaims;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.TextRules;
import dev.waypoint.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates, updates and deletes cycles, and creates the four quarters of a year in one action (DESIGN §3). Validation:
 * name 1-255 characters without control characters, dates within ±100 years of today, end not before start; CLOSED
 * is set only by closing the cycle ({@code CycleClosingService}), and a closed cycle cannot change. Every problem is
 * reported in one {@link InvalidInputException} before anything is written. The quarters of a year are created once
 * even when several requests (on several nodes) ask at the same moment: the first takes a cluster-wide claim on the
 * year ({@link RefreshClaims}) and checks again under it, the others answer 409.
 */
public final class CycleService {

    private static final MessageCatalog MESSAGES = CycleMessages.CATALOG;

    /** How long the claim on a year's quarters keeps others out: longer than creating four cycles takes. */
    static final Duration QUARTERS_HOLD = Duration.ofSeconds(30);

    private final CycleRepository cycles;
    private final ObjectiveRepository objectives;
    private final RefreshClaims claims;
    private final Transactions transactions;
    private final Clock clock;

    public CycleService(CycleRepository cycles, ObjectiveRepository objectives, RefreshClaims claims,
            Transactions transactions, Clock clock) {
        this.cycles = cycles;
        this.objectives = objectives;
        this.claims = claims;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @throws InvalidInputException with every bad field */
    public Cycle create(CreateCycle command) {
        CycleState state = command.state() == null ? CycleState.PLANNING : command.state();
        Problems problems = new Problems();
        validate(command.name(), command.start(), command.end(), state, problems);
        problems.throwIfAny();
        return cycles.insert(Cycle.create(command.name().strip(), command.start(), command.end(), state));
    }

    /**
     * Changing the dates is refused when they would no longer overlap the cycle of an objective aligned to, or from,
     * an objective of this cycle. Check-ins already recorded outside new dates are kept.
     *
     * @throws InvalidInputException with every bad field
     * @throws NotFoundException     if the cycle does not exist
     * @throws ConflictException     if it changed since {@code version} or is closed
     */
    public Cycle update(UpdateCycle command) {
        Cycle existing = open(command.id());
        if (existing.version() != command.version()) {
            throw ConflictException.staleVersion("Cycle", existing.id(), command.version(), existing.version());
        }
        CycleState state = command.state() == null ? existing.state() : command.state();
        Problems problems = new Problems();
        if (validate(command.name(), command.start(), command.end(), state, problems)
                && !(command.start().equals(existing.start()) && command.end().equals(existing.end()))) {
            checkAlignmentKept(existing, new Cycle(existing.id(), existing.name(), command.start(), command.end(),
                    state, existing.version()), problems);
        }
        problems.throwIfAny();
        return cycles.update(new Cycle(existing.id(), command.name().strip(), command.start(), command.end(), state,
                existing.version()));
    }

    /**
     * Deletes an empty cycle.
     *
     * @throws NotFoundException if the cycle does not exist
     * @throws ConflictException if it is closed or still has objectives
     */
    public void delete(CycleId id) {
        Cycle cycle = open(id);
        int count = objectives.findByCycleIds(List.of(id)).size();
        if (count > 0) {
            throw MESSAGES.conflict("waypoint.cycle.delete.notEmpty", cycle.name(), count);
        }
        cycles.delete(id);
    }

    /**
     * Creates "Q1 &lt;year&gt;" (January to March) ... "Q4 &lt;year&gt;" in state PLANNING, in one transaction.
     *
     * @throws InvalidInputException if the year is missing, out of range, or its quarters exist already
     * @throws ConflictException     (409) while another request, on any node, is creating the same quarters
     */
    public List<Cycle> createQuarters(CreateQuarters command) {
        Integer year = command.year();
        int today = Year.now(clock).getValue();
        Problems problems = new Problems();
        if (MESSAGES.require(problems, year != null, "year", "waypoint.cycle.year.required")) {
            MESSAGES.require(problems, Math.abs(year - today) <= Limits.YEARS_FROM_TODAY, "year",
                    "waypoint.cycle.year.outOfRange", year, Limits.YEARS_FROM_TODAY);
        }
        problems.throwIfAny();
        List<Cycle> quarters = quartersOf(year);
        String claim = quartersClaim(year);
        if (!claims.claim(claim, 0, clock.instant(), QUARTERS_HOLD)) {
            throw busy(year);
        }
        try {
            // Read under the claim: a request that finds no quarters here cannot race another one storing them.
            Set<String> existing = cycles.findAll().stream().map(CycleService::identity).collect(Collectors.toSet());
            MESSAGES.require(problems, quarters.stream().map(CycleService::identity).noneMatch(existing::contains),
                    "year", "waypoint.cycle.year.quartersExist", year);
            problems.throwIfAny();
            return transactions.inTransaction(() -> quarters.stream().map(cycles::insert).toList());
        } finally {
            claims.release(claim, 0);
        }
    }

    /** The cluster-wide claim that one request at a time creates the quarters of {@code year}. */
    static String quartersClaim(int year) {
        return "quarters:" + year;
    }

    private static ConflictException busy(int year) {
        return new ConflictException("waypoint.cycle.year.quartersBusy", "The quarters of " + year
                + " are being created by someone else at this moment", String.valueOf(year));
    }

    private static List<Cycle> quartersOf(int year) {
        List<Cycle> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
            quarters.add(Cycle.create("Q" + quarter + " " + year, start, start.plusMonths(3).minusDays(1),
                    CycleState.PLANNING));
        }
        return quarters;
    }

    private static String identity(Cycle cycle) {
        return cycle.name() + "|" + cycle.start() + "|" + cycle.end();
    }

    /** Validates the fields; returns whether the dates are usable for further checks. */
    private boolean validate(String name, LocalDate start, LocalDate end, CycleState state, Problems problems) {
        LocalDate today = LocalDate.now(clock);
        TextRules.requireLine(MESSAGES, problems, "name", "waypoint.cycle.name", name, Limits.TITLE);
        boolean startOk = MESSAGES.require(problems, start != null, "start", "waypoint.cycle.start.required")
                && MESSAGES.require(problems, Limits.isDateInRange(start, today), "start",
                        "waypoint.cycle.start.outOfRange", start, Limits.YEARS_FROM_TODAY);
        boolean endOk = MESSAGES.require(problems, end != null, "end", "waypoint.cycle.end.required")
                && MESSAGES.require(problems, Limits.isDateInRange(end, today), "end",
                        "waypoint.cycle.end.outOfRange", end, Limits.YEARS_FROM_TODAY);
        boolean ordered = startOk && endOk && MESSAGES.require(problems, !end.isBefore(start), "end",
                "waypoint.cycle.end.beforeStart", end, start);
        MESSAGES.require(problems, state != CycleState.CLOSED, "state", "waypoint.cycle.state.notSettable", state);
        return ordered;
    }

    /** Every parent and child of this cycle's objectives that lives in another cycle must still overlap. */
    private void checkAlignmentKept(Cycle existing, Cycle changed, Problems problems) {
        List<Objective> own = objectives.findByCycleIds(List.of(existing.id()));
        Set<ObjectiveId> parentIds = new HashSet<>();
        own.stream().filter(o -> o.parentId() != null).forEach(o -> parentIds.add(o.parentId()));
        List<Objective> related = new ArrayList<>(objectives.findByIds(parentIds));
        related.addAll(objectives.findByParentIds(own.stream().map(Objective::id).toList()));
        Set<CycleId> otherCycleIds = related.stream().map(Objective::cycleId)
                .filter(id -> !id.equals(existing.id())).collect(Collectors.toSet());
        Map<CycleId, Cycle> otherCycles = cycles.findByIds(otherCycleIds).stream()
                .collect(Collectors.toMap(Cycle::id, Function.identity()));
        related.stream()
                .filter(o -> otherCycles.containsKey(o.cycleId()) && !otherCycles.get(o.cycleId()).overlaps(changed))
                .findFirst()
                .ifPresent(o -> {
                    for (String field : List.of("start", "end")) {
                        MESSAGES.add(problems, field, "waypoint.cycle.dates.breakAlignment", changed.start(),
                                changed.end(), o.title());
                    }
                });
    }

    private Cycle open(CycleId id) {
        Cycle cycle = cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
        if (cycle.isClosed()) {
            throw MESSAGES.conflict("waypoint.cycle.closed", cycle.name());
        }
        return cycle;
    }
}
