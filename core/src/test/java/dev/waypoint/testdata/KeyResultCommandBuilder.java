package dev.waypoint.testdata;

import dev.waypoint.keyresult.CreateKeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.MeasureSpec;
import dev.waypoint.keyresult.UpdateKeyResult;
import dev.waypoint.keyresult.ValueSourceSpec;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.UserKey;

/** Builds {@link CreateKeyResult} and {@link UpdateKeyResult} commands; defaults: MANUAL METRIC 0 → 10. */
public final class KeyResultCommandBuilder {

    private String title = "Answer tickets faster";
    private UserKey owner = OkrTestData.ALICE;
    private Double weight;
    private String unit = "h";
    private MeasureSpec measure = MeasureSpec.metric(0d, 10d);
    private ValueSourceSpec source;

    KeyResultCommandBuilder() {
    }

    public KeyResultCommandBuilder title(String value) {
        this.title = value;
        return this;
    }

    public KeyResultCommandBuilder owner(UserKey value) {
        this.owner = value;
        return this;
    }

    public KeyResultCommandBuilder weight(Double value) {
        this.weight = value;
        return this;
    }

    public KeyResultCommandBuilder unit(String value) {
        this.unit = value;
        return this;
    }

    public KeyResultCommandBuilder measure(MeasureSpec value) {
        this.measure = value;
        return this;
    }

    public KeyResultCommandBuilder source(ValueSourceSpec value) {
        this.source = value;
        return this;
    }

    public CreateKeyResult create(ObjectiveId objectiveId) {
        return new CreateKeyResult(objectiveId, title, owner, weight, unit, measure, source);
    }

    public UpdateKeyResult update(KeyResultId id, long version) {
        return new UpdateKeyResult(id, version, title, owner, weight, unit, measure, source);
    }
}
