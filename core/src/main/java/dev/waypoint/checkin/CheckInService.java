package dev.waypoint.checkin;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.MeasureType;
import dev.waypoint.shared.ConflictException;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.MessageCatalog;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.Problems;
import dev.waypoint.shared.TextRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Records and deletes check-ins (DESIGN §3). Validation: the value only where check-ins carry values (MANUAL METRIC
 * and THRESHOLD; finite, within ±1e15), milestone states only for MILESTONE and one per milestone, confidence 0-10,
 * comment at most 4,000 characters, effective date inside the cycle and not in the future (back-dating is allowed).
 * Every problem is reported in one {@link InvalidInputException} before anything is written.
 */
public final class CheckInService {

    private static final MessageCatalog MESSAGES = CheckInMessages.CATALOG;

    private final CheckInRepository checkIns;
    private final KeyResultLookup lookup;
    private final Clock clock;

    public CheckInService(CheckInRepository checkIns, KeyResultLookup lookup, Clock clock) {
        this.checkIns = checkIns;
        this.lookup = lookup;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException with every bad field
     * @throws NotFoundException     if the key result does not exist
     * @throws ConflictException     if its cycle is closed
     */
    public CheckIn record(RecordCheckIn command) {
        return record(lookup.find(command.keyResultId()), command);
    }

    /**
     * As {@link #record(RecordCheckIn)} for the key result (of {@code command}) that the caller has loaded with its
     * objective and cycle.
     *
     * @throws InvalidInputException with every bad field
     * @throws ConflictException     if its cycle is closed
     */
    public CheckIn record(KeyResultLookup.Found found, RecordCheckIn command) {
        return checkIns.insert(validated(found, command));
    }

    /**
     * Corrects a check-in of the key result the caller has loaded: the check-in is replaced by one with the corrected
     * value, milestone states, confidence, comment and date (validated exactly as a new check-in), recorded now by
     * {@code command}'s author. Run it inside a transaction: it deletes, then inserts.
     *
     * @throws InvalidInputException with every bad field (nothing is changed)
     * @throws NotFoundException     if the check-in does not belong to that key result
     * @throws ConflictException     if its cycle is closed
     */
    public CheckIn correct(KeyResultLookup.Found found, CheckIn existing, RecordCheckIn command) {
        if (!existing.keyResultId().equals(found.keyResult().id())) {
            throw new NotFoundException("CheckIn", existing.id());
        }
        CheckIn corrected = validated(found, command);
        checkIns.delete(existing.id());
        return checkIns.insert(corrected);
    }

    private CheckIn validated(KeyResultLookup.Found found, RecordCheckIn command) {
        requireOpen(found.cycle());
        KeyResult keyResult = found.keyResult();
        Problems problems = new Problems();
        CheckInValue value = value(command, keyResult, problems);
        Integer confidence = command.confidence();
        MESSAGES.require(problems, confidence == null || confidence >= 0 && confidence <= CheckIn.MAX_CONFIDENCE,
                "confidence", "waypoint.checkin.confidence.outOfRange", confidence);
        String comment = command.comment() == null || command.comment().isBlank() ? null : command.comment();
        TextRules.optionalText(MESSAGES, problems, "comment", "waypoint.checkin.comment", comment, Limits.COMMENT);
        MESSAGES.require(problems, command.value() != null || command.milestones() != null || confidence != null
                || comment != null, "value", "waypoint.checkin.empty");
        LocalDate effectiveDate = effectiveDate(command.effectiveDate(), found.cycle(), problems);
        problems.throwIfAny();
        return new CheckIn(null, keyResult.id(), value, confidence, comment, command.author(), CheckInOrigin.MANUAL,
                clock.instant(), effectiveDate);
    }

    /**
     * @throws NotFoundException if the check-in does not exist
     * @throws ConflictException if its cycle is closed
     */
    public void delete(CheckInId id) {
        CheckIn checkIn = checkIns.findById(id).orElseThrow(() -> new NotFoundException("CheckIn", id));
        delete(lookup.find(checkIn.keyResultId()), checkIn);
    }

    /**
     * Deletes a check-in of a key result the caller has loaded with its objective and cycle.
     *
     * @throws NotFoundException if the check-in does not belong to that key result
     * @throws ConflictException if its cycle is closed
     */
    public void delete(KeyResultLookup.Found found, CheckIn checkIn) {
        if (!checkIn.keyResultId().equals(found.keyResult().id())) {
            throw new NotFoundException("CheckIn", checkIn.id());
        }
        requireOpen(found.cycle());
        checkIns.delete(checkIn.id());
    }

    private static CheckInValue value(RecordCheckIn command, KeyResult keyResult, Problems problems) {
        Measure measure = keyResult.measure();
        CheckInValue value = null;
        if (command.value() != null) {
            boolean numeric = keyResult.takesManualValues() && measure.type() != MeasureType.MILESTONE;
            if (MESSAGES.require(problems, numeric, "value", "waypoint.checkin.value.notAccepted", keyResult.title())
                    && MESSAGES.require(problems, Measure.isAcceptedNumber(command.value()), "value",
                            "waypoint.checkin.value.invalid", command.value(), Measure.MAX_MAGNITUDE)) {
                value = CheckInValue.of(command.value());
            }
        }
        if (command.milestones() != null && MESSAGES.require(problems, measure instanceof Measure.Milestone,
                "milestones", "waypoint.checkin.milestones.notAccepted", keyResult.title())) {
            int expected = ((Measure.Milestone) measure).stateCount();
            if (MESSAGES.require(problems, command.milestones().stream().allMatch(Objects::nonNull), "milestones",
                    "waypoint.checkin.milestones.missingState")
                    && MESSAGES.require(problems, command.milestones().size() == expected, "milestones",
                            "waypoint.checkin.milestones.wrongCount", command.milestones().size(), expected)) {
                value = new CheckInValue.MilestoneStates(command.milestones());
            }
        }
        return value;
    }

    private LocalDate effectiveDate(LocalDate requested, Cycle cycle, Problems problems) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = requested != null ? requested : today.isAfter(cycle.end()) ? cycle.end() : today;
        if (MESSAGES.require(problems, !date.isAfter(today), "effectiveDate", "waypoint.checkin.effectiveDate.future",
                date, today)) {
            MESSAGES.require(problems, cycle.contains(date), "effectiveDate",
                    "waypoint.checkin.effectiveDate.outsideCycle", date, cycle.name(), cycle.start(), cycle.end());
        }
        return date;
    }

    private static void requireOpen(Cycle cycle) {
        if (cycle.isClosed()) {
            throw MESSAGES.conflict("waypoint.checkin.cycleClosed", cycle.name());
        }
    }
}
