package dev.waypoint.checkin;

import dev.waypoint.keyresult.Measure;
import java.util.List;
import java.util.Objects;

/** What a check-in records: a number, or which milestones are done. */
public sealed interface CheckInValue permits CheckInValue.Numeric, CheckInValue.MilestoneStates {

    static Numeric of(double value) {
        return new Numeric(value);
    }

    static MilestoneStates milestones(Boolean... done) {
        return new MilestoneStates(List.of(done));
    }

    /** The current value of a METRIC or THRESHOLD key result, or the progress of an ISSUES one. */
    record Numeric(double value) implements CheckInValue {

        public Numeric {
            if (!Measure.isAcceptedNumber(value)) {
                throw new IllegalArgumentException("'value' must be finite and within +/-" + Measure.MAX_MAGNITUDE
                        + ", was " + value);
            }
        }
    }

    /** Done state of each milestone of the checklist in order, or one state for a plain done / not done. */
    record MilestoneStates(List<Boolean> done) implements CheckInValue {

        public MilestoneStates {
            Objects.requireNonNull(done, "'done' must not be null");
            done = List.copyOf(done);
            if (done.isEmpty() || done.size() > Measure.MAX_MILESTONES) {
                throw new IllegalArgumentException("'done' must have 1-" + Measure.MAX_MILESTONES + " states");
            }
        }
    }
}
