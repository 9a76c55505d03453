package dev.waypoint.testdata;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.shared.UserKey;
import java.time.Instant;
import java.time.LocalDate;

/** Builds a {@link CheckIn}; defaults: MANUAL by Alice, created now, effective today, no value. */
public final class CheckInBuilder {

    private final KeyResultId keyResultId;
    private CheckInValue value;
    private Integer confidence;
    private String comment;
    private UserKey author = OkrTestData.ALICE;
    private CheckInOrigin origin = CheckInOrigin.MANUAL;
    private Instant createdAt = OkrTestData.NOW;
    private LocalDate effectiveDate = OkrTestData.TODAY;

    CheckInBuilder(KeyResultId keyResultId) {
        this.keyResultId = keyResultId;
    }

    public CheckInBuilder value(CheckInValue newValue) {
        this.value = newValue;
        return this;
    }

    public CheckInBuilder value(double newValue) {
        return value(CheckInValue.of(newValue));
    }

    public CheckInBuilder milestones(Boolean... done) {
        return value(CheckInValue.milestones(done));
    }

    public CheckInBuilder noValue() {
        return value((CheckInValue) null);
    }

    public CheckInBuilder confidence(Integer newConfidence) {
        this.confidence = newConfidence;
        return this;
    }

    public CheckInBuilder comment(String newComment) {
        this.comment = newComment;
        return this;
    }

    public CheckInBuilder by(UserKey newAuthor) {
        this.author = newAuthor;
        return this;
    }

    /** Recorded by the refresh job: origin REFRESH, no author. */
    public CheckInBuilder refreshed() {
        this.origin = CheckInOrigin.REFRESH;
        this.author = null;
        return this;
    }

    public CheckInBuilder createdAt(Instant newCreatedAt) {
        this.createdAt = newCreatedAt;
        return this;
    }

    public CheckInBuilder effective(LocalDate newEffectiveDate) {
        this.effectiveDate = newEffectiveDate;
        return this;
    }

    public CheckIn build() {
        return new CheckIn(null, keyResultId, value, confidence, comment, author, origin, createdAt, effectiveDate);
    }
}
