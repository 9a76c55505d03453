package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Row of a {@code dev.waypoint.kpi.KpiTargetChange}: the target history the "target raised" insight reads. */
@Preload
@Table("KPI_TARGET")
public interface AoKpiTargetChange extends Entity {

    @Indexed
    int getKpiId();

    void setKpiId(int kpiId);

    long getAtMillis();

    void setAtMillis(long atMillis);

    double getOldTarget();

    void setOldTarget(double oldTarget);

    double getNewTarget();

    void setNewTarget(double newTarget);

    @NotNull
    @StringLength(24)
    String getDirection();

    void setDirection(String direction);

    @NotNull
    String getChangedBy();

    void setChangedBy(String changedBy);
}
