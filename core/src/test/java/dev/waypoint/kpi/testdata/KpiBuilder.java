package dev.waypoint.kpi.testdata;

import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import dev.waypoint.testdata.OkrTestData;

/** Builds a {@link Kpi}; defaults in {@link KpiTestData#aKpi()}. */
public final class KpiBuilder {

    private String name = "Open tickets";
    private String description;
    private String unit = "tickets";
    private KpiFormat format = KpiFormat.NUMBER;
    private KpiDirection direction = KpiDirection.LOWER_IS_BETTER;
    private double target = 20;
    private Double warning = 30d;
    private UserKey owner = KpiTestData.ALICE;
    private ProjectKey project = OkrTestData.SUPPORT;
    private KpiId parentId;
    private int refreshMinutes = Kpi.DEFAULT_REFRESH_MINUTES;
    private KpiSource source = KpiTestData.jqlCount(KpiTestData.OPEN_TICKETS);

    KpiBuilder() {
    }

    public KpiBuilder named(String newName) {
        this.name = newName;
        return this;
    }

    public KpiBuilder description(String newDescription) {
        this.description = newDescription;
        return this;
    }

    public KpiBuilder unit(String newUnit) {
        this.unit = newUnit;
        return this;
    }

    public KpiBuilder format(KpiFormat newFormat) {
        this.format = newFormat;
        return this;
    }

    /** Direction, target and warning together, as they are only valid together. */
    public KpiBuilder bands(KpiDirection newDirection, double newTarget, Double newWarning) {
        this.direction = newDirection;
        this.target = newTarget;
        this.warning = newWarning;
        return this;
    }

    public KpiBuilder ownedBy(UserKey newOwner) {
        this.owner = newOwner;
        return this;
    }

    public KpiBuilder scope(ProjectKey newProject) {
        this.project = newProject;
        return this;
    }

    public KpiBuilder global() {
        return scope(null);
    }

    public KpiBuilder parent(KpiId newParent) {
        this.parentId = newParent;
        return this;
    }

    public KpiBuilder refreshMinutes(int minutes) {
        this.refreshMinutes = minutes;
        return this;
    }

    public KpiBuilder source(KpiSource newSource) {
        this.source = newSource;
        return this;
    }

    public Kpi build() {
        return new Kpi(null, name, description, unit, format, direction, target, warning, owner, project, parentId,
                refreshMinutes, source, 0);
    }
}
