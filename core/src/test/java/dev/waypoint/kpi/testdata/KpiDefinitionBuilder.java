package dev.waypoint.kpi.testdata;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;

/** Builds a {@link KpiDefinition}; defaults as {@link KpiTestData#aKpi()}. Any field may be set to bad input. */
public final class KpiDefinitionBuilder {

    private String name = "Open tickets";
    private String description;
    private String unit = "tickets";
    private KpiFormat format = KpiFormat.NUMBER;
    private KpiDirection direction = KpiDirection.LOWER_IS_BETTER;
    private Double target = 20d;
    private Double warning = 30d;
    private UserKey owner = KpiTestData.ALICE;
    private ProjectKey project = OkrTestData.SUPPORT;
    private KpiId parentId;
    private Integer refreshMinutes;
    private KpiSource source = KpiTestData.jqlCount(KpiTestData.OPEN_TICKETS);

    KpiDefinitionBuilder() {
    }

    /** The definition of a stored KPI, to change one field of it. */
    public static KpiDefinitionBuilder of(Kpi kpi) {
        KpiDefinitionBuilder b = new KpiDefinitionBuilder();
        b.name = kpi.name();
        b.description = kpi.description();
        b.unit = kpi.unit();
        b.format = kpi.format();
        b.direction = kpi.direction();
        b.target = kpi.target();
        b.warning = kpi.warning();
        b.owner = kpi.owner();
        b.project = kpi.project();
        b.parentId = kpi.parentId();
        b.refreshMinutes = kpi.refreshMinutes();
        b.source = kpi.source();
        return b;
    }

    public KpiDefinitionBuilder named(String newName) {
        this.name = newName;
        return this;
    }

    public KpiDefinitionBuilder description(String newDescription) {
        this.description = newDescription;
        return this;
    }

    public KpiDefinitionBuilder unit(String newUnit) {
        this.unit = newUnit;
        return this;
    }

    public KpiDefinitionBuilder format(KpiFormat newFormat) {
        this.format = newFormat;
        return this;
    }

    public KpiDefinitionBuilder direction(KpiDirection newDirection) {
        this.direction = newDirection;
        return this;
    }

    public KpiDefinitionBuilder target(Double newTarget) {
        this.target = newTarget;
        return this;
    }

    public KpiDefinitionBuilder warning(Double newWarning) {
        this.warning = newWarning;
        return this;
    }

    public KpiDefinitionBuilder ownedBy(UserKey newOwner) {
        this.owner = newOwner;
        return this;
    }

    public KpiDefinitionBuilder scope(ProjectKey newProject) {
        this.project = newProject;
        return this;
    }

    public KpiDefinitionBuilder parent(KpiId newParent) {
        this.parentId = newParent;
        return this;
    }

    public KpiDefinitionBuilder refreshMinutes(Integer minutes) {
        this.refreshMinutes = minutes;
        return this;
    }

    public KpiDefinitionBuilder source(KpiSource newSource) {
        this.source = newSource;
        return this;
    }

    public KpiDefinition build() {
        return new KpiDefinition(name, description, unit, format, direction, target, warning, owner, project,
                parentId, refreshMinutes, source);
    }
}
