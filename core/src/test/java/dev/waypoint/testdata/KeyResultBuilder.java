package dev.waypoint.testdata;

import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;

/** Builds a {@link KeyResult}; defaults: MANUAL METRIC 0 → 10 owned by Alice, weight 1, no unit. */
public final class KeyResultBuilder {

    private final ObjectiveId objectiveId;
    private String title = "Answer tickets faster";
    private UserKey owner = OkrTestData.ALICE;
    private double weight = 1;
    private String unit;
    private Measure measure = new Measure.Metric(0, 10);
    private ValueSource source = ValueSource.manual();

    KeyResultBuilder(ObjectiveId objectiveId) {
        this.objectiveId = objectiveId;
    }

    public KeyResultBuilder titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public KeyResultBuilder ownedBy(UserKey newOwner) {
        this.owner = newOwner;
        return this;
    }

    public KeyResultBuilder weight(double newWeight) {
        this.weight = newWeight;
        return this;
    }

    public KeyResultBuilder unit(String newUnit) {
        this.unit = newUnit;
        return this;
    }

    public KeyResultBuilder measure(Measure newMeasure) {
        this.measure = newMeasure;
        return this;
    }

    public KeyResultBuilder metric(double baseline, double target) {
        return measure(new Measure.Metric(baseline, target));
    }

    public KeyResultBuilder source(ValueSource newSource) {
        this.source = newSource;
        return this;
    }

    public KeyResult build() {
        return new KeyResult(null, objectiveId, title, owner, new Weight(weight), unit, measure, source, 0);
    }
}
