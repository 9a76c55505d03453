package dev.waypoint.testdata;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.CreateObjective;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveKind;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.objective.UpdateObjective;
import dev.waypoint.shared.UserKey;
import java.util.Set;

/**
 * Builds {@link CreateObjective} and {@link UpdateObjective} commands; defaults: a valid TEAM objective of SUP. Every
 * field can be set to anything, including invalid input.
 */
public final class ObjectiveCommandBuilder {

    private CycleId cycleId;
    private String title = "Delight our customers";
    private String description = "Customers get answers fast.";
    private ObjectiveLevel level = ObjectiveLevel.TEAM;
    private ObjectiveKind kind = ObjectiveKind.IMPROVE;
    private Commitment commitment;
    private UserKey owner = OkrTestData.ALICE;
    private String project = OkrTestData.SUPPORT.value();
    private ObjectiveId parentId;
    private Boolean contributesToParent;
    private Double weight;
    private Set<KpiId> alignedKpis;
    private ObjectiveState state;

    ObjectiveCommandBuilder(CycleId cycleId) {
        this.cycleId = cycleId;
    }

    /** The fields of a stored objective, to change some of them in an update. */
    public static ObjectiveCommandBuilder from(Objective objective) {
        ObjectiveCommandBuilder builder = new ObjectiveCommandBuilder(objective.cycleId());
        builder.title = objective.title();
        builder.description = objective.description();
        builder.level = objective.level();
        builder.kind = objective.kind();
        builder.commitment = objective.commitment();
        builder.owner = objective.owner();
        builder.project = objective.project() == null ? null : objective.project().value();
        builder.parentId = objective.parentId();
        builder.contributesToParent = objective.contributesToParent();
        builder.weight = objective.weight().value();
        builder.alignedKpis = objective.alignedKpis();
        builder.state = objective.state();
        return builder;
    }

    public ObjectiveCommandBuilder cycleId(CycleId value) {
        this.cycleId = value;
        return this;
    }

    public ObjectiveCommandBuilder title(String value) {
        this.title = value;
        return this;
    }

    public ObjectiveCommandBuilder description(String value) {
        this.description = value;
        return this;
    }

    public ObjectiveCommandBuilder level(ObjectiveLevel value) {
        this.level = value;
        return this;
    }

    public ObjectiveCommandBuilder commitment(Commitment value) {
        this.commitment = value;
        return this;
    }

    public ObjectiveCommandBuilder owner(UserKey value) {
        this.owner = value;
        return this;
    }

    public ObjectiveCommandBuilder project(String value) {
        this.project = value;
        return this;
    }

    public ObjectiveCommandBuilder parentId(ObjectiveId value) {
        this.parentId = value;
        return this;
    }

    public ObjectiveCommandBuilder contributesToParent(Boolean value) {
        this.contributesToParent = value;
        return this;
    }

    public ObjectiveCommandBuilder weight(Double value) {
        this.weight = value;
        return this;
    }

    public ObjectiveCommandBuilder alignedKpis(Set<KpiId> value) {
        this.alignedKpis = value;
        return this;
    }

    public ObjectiveCommandBuilder state(ObjectiveState value) {
        this.state = value;
        return this;
    }

    public CreateObjective create() {
        return new CreateObjective(cycleId, title, description, level, kind, commitment, owner, project, parentId,
                contributesToParent, weight, alignedKpis, state);
    }

    public UpdateObjective update(ObjectiveId id, long version) {
        return new UpdateObjective(id, version, cycleId, title, description, level, kind, commitment, owner, project,
                parentId, contributesToParent, weight, alignedKpis, state);
    }
}
