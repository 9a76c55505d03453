package dev.waypoint.preview.sample;

import dev.waypoint.checkin.RecordCheckIn;
import dev.waypoint.shared.UserKey;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Records the weekly manual check-ins of a quarter's key results through {@code CheckInService}: on the last day of
 * each week of the quarter, each key result with a {@link ValuePlan} gets its planned value (or milestone states) and a
 * confidence, from its owner (or its objective's owner when it has none).
 */
final class CheckInWriter {

    private static final long SEED = 20_260_003L;

    private final SampleServices services;
    private final SampleRandom random = new SampleRandom(SEED);

    CheckInWriter(SampleServices services) {
        this.services = services;
    }

    /** Checks in the key results due on {@code day} of the quarter that started on {@code start}. */
    void checkIn(LocalDate day, LocalDate start, int weeksInQuarter, List<PlannedKeyResult> keyResults) {
        long daysIn = ChronoUnit.DAYS.between(start, day) + 1;
        if (daysIn < 7 || daysIn % 7 != 0) {
            return;
        }
        int week = (int) (daysIn / 7);
        for (PlannedKeyResult planned : keyResults) {
            ValuePlan values = planned.plan().values();
            if (values.hasCheckIns() && week <= values.lastWeek()) {
                services.checkIns().record(command(planned, values, week, weeksInQuarter));
            }
        }
    }

    private RecordCheckIn command(PlannedKeyResult planned, ValuePlan values, int week, int weeks) {
        UserKey author = planned.keyResult().owner() != null ? planned.keyResult().owner()
                : planned.objective().owner();
        int confidence = Math.max(0, Math.min(10, values.confidence() + random.intBetween(-1, 1)));
        if (!values.isNumeric()) {
            return new RecordCheckIn(planned.keyResult().id(), null, values.statesIn(week), confidence, null, null,
                    author);
        }
        double share = Math.min(1.0, week / (double) weeks);
        double value = values.from() + (values.to() - values.from()) * share
                + values.noise() * random.between(-1, 1);
        double rounded = values.wholeNumbers() ? Math.max(0, Math.round(value)) : Math.round(value * 10_000) / 10_000.0;
        return new RecordCheckIn(planned.keyResult().id(), rounded, null, confidence, null, null, author);
    }
}
