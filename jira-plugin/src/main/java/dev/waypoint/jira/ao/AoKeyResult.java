package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Row of a {@code dev.waypoint.keyresult.KeyResult}: one column per measure and source parameter (null where the
 * measure has none). A milestone checklist is kept in the row as JSON (at most 50 items), so that a cycle loads in
 * one statement per table.
 */
@Preload
@Table("KEY_RESULT")
public interface AoKeyResult extends Entity {

    @Indexed
    int getObjectiveId();

    void setObjectiveId(int objectiveId);

    @NotNull
    String getTitle();

    void setTitle(String title);

    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    double getWeight();

    void setWeight(double weight);

    @StringLength(32)
    String getUnit();

    void setUnit(String unit);

    @NotNull
    @StringLength(16)
    String getMeasureType();

    void setMeasureType(String measureType);

    Double getBaseline();

    void setBaseline(Double baseline);

    Double getTarget();

    void setTarget(Double target);

    Double getMinValue();

    void setMinValue(Double minValue);

    Double getMaxValue();

    void setMaxValue(Double maxValue);

    Double getTolerance();

    void setTolerance(Double tolerance);

    @StringLength(16)
    String getJudgement();

    void setJudgement(String judgement);

    @StringLength(StringLength.UNLIMITED)
    String getMilestones();

    void setMilestones(String milestonesJson);

    @StringLength(16)
    String getIssuesMode();

    void setIssuesMode(String issuesMode);

    @StringLength(16)
    String getIssuesScope();

    void setIssuesScope(String issuesScope);

    Double getFrozenTotal();

    void setFrozenTotal(Double frozenTotal);

    @NotNull
    @StringLength(16)
    String getSourceType();

    void setSourceType(String sourceType);

    @Indexed
    Integer getSourceKpiId();

    void setSourceKpiId(Integer sourceKpiId);

    @StringLength(StringLength.UNLIMITED)
    String getSourceJql();

    void setSourceJql(String sourceJql);

    /** A JQL source's projects ({@link AoProjectKeys}), {@code null} for none. */
    @StringLength(StringLength.UNLIMITED)
    String getSourceProjects();

    void setSourceProjects(String sourceProjects);

    long getVersion();

    void setVersion(long version);
}
