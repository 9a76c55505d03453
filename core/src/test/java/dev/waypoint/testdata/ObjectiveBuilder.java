package dev.waypoint.testdata;

import dev.waypoint.cycle.CycleId;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.FinalGrade;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveKind;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.objective.ObjectiveState;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.Weight;
import java.util.Set;

/** Builds an {@link Objective}; defaults: TEAM objective of SUP owned by Alice, COMMITTED, ACTIVE, weight 1. */
public final class ObjectiveBuilder {

    private CycleId cycleId;
    private String title = "Delight our customers";
    private String description;
    private ObjectiveLevel level = ObjectiveLevel.TEAM;
    private ObjectiveKind kind;
    private Commitment commitment = Commitment.COMMITTED;
    private UserKey owner = OkrTestData.ALICE;
    private ProjectKey project = OkrTestData.SUPPORT;
    private ObjectiveId parentId;
    private boolean contributesToParent = true;
    private double weight = 1;
    private Set<KpiId> alignedKpis = Set.of();
    private ObjectiveState state = ObjectiveState.ACTIVE;
    private FinalGrade grade;

    ObjectiveBuilder(CycleId cycleId) {
        this.cycleId = cycleId;
    }

    public ObjectiveBuilder inCycle(CycleId newCycleId) {
        this.cycleId = newCycleId;
        return this;
    }

    public ObjectiveBuilder titled(String newTitle) {
        this.title = newTitle;
        return this;
    }

    public ObjectiveBuilder description(String newDescription) {
        this.description = newDescription;
        return this;
    }

    /** A COMPANY objective (no project). */
    public ObjectiveBuilder company() {
        this.level = ObjectiveLevel.COMPANY;
        this.project = null;
        return this;
    }

    public ObjectiveBuilder level(ObjectiveLevel newLevel, ProjectKey newProject) {
        this.level = newLevel;
        this.project = newProject;
        return this;
    }

    public ObjectiveBuilder kind(ObjectiveKind newKind) {
        this.kind = newKind;
        return this;
    }

    public ObjectiveBuilder commitment(Commitment newCommitment) {
        this.commitment = newCommitment;
        return this;
    }

    public ObjectiveBuilder ownedBy(UserKey newOwner) {
        this.owner = newOwner;
        return this;
    }

    public ObjectiveBuilder alignedTo(ObjectiveId newParentId) {
        this.parentId = newParentId;
        return this;
    }

    public ObjectiveBuilder contributesToParent(boolean contributes) {
        this.contributesToParent = contributes;
        return this;
    }

    public ObjectiveBuilder weight(double newWeight) {
        this.weight = newWeight;
        return this;
    }

    public ObjectiveBuilder alignedKpis(KpiId... kpis) {
        this.alignedKpis = Set.of(kpis);
        return this;
    }

    public ObjectiveBuilder inState(ObjectiveState newState) {
        this.state = newState;
        return this;
    }

    public ObjectiveBuilder graded(FinalGrade newGrade) {
        this.grade = newGrade;
        return this;
    }

    public Objective build() {
        return new Objective(null, cycleId, title, description, level, kind, commitment, owner, project, parentId,
                contributesToParent, new Weight(weight), alignedKpis, state, grade, 0);
    }
}
