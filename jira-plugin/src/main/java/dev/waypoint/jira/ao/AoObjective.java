package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Row of a {@code dev.waypoint.objective.Objective}. Foreign keys are plain indexed id columns, read without extra
 * queries. The aligned KPIs are kept in the row as {@code ,3,7,12,} (see {@link AoIds}): they are part of the
 * objective, edited and version-checked with it, and a whole cycle still loads in one statement per table.
 */
@Preload
@Table("OBJECTIVE")
public interface AoObjective extends Entity {

    @Indexed
    int getCycleId();

    void setCycleId(int cycleId);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    @StringLength(16)
    String getObjLevel();

    void setObjLevel(String level);

    @StringLength(16)
    String getKind();

    void setKind(String kind);

    @NotNull
    @StringLength(16)
    String getCommitment();

    void setCommitment(String commitment);

    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @Indexed
    Integer getParentId();

    void setParentId(Integer parentId);

    boolean isContributes();

    void setContributes(boolean contributes);

    double getWeight();

    void setWeight(double weight);

    @StringLength(StringLength.UNLIMITED)
    String getAlignedKpis();

    void setAlignedKpis(String alignedKpis);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    Double getGrade();

    void setGrade(Double grade);

    @StringLength(StringLength.UNLIMITED)
    String getGradeNote();

    void setGradeNote(String gradeNote);

    long getVersion();

    void setVersion(long version);
}
