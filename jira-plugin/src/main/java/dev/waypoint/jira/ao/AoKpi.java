package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Row of a {@code dev.waypoint.kpi.Kpi}: one column per source parameter (null where the source has none). Composite
 * children are kept in the row as {@code id:weight} pairs (at most 50).
 */
@Preload
@Table("KPI")
public interface AoKpi extends Entity {

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @StringLength(32)
    String getUnit();

    void setUnit(String unit);

    @NotNull
    @StringLength(16)
    String getFormat();

    void setFormat(String format);

    @NotNull
    @StringLength(24)
    String getDirection();

    void setDirection(String direction);

    double getTarget();

    void setTarget(double target);

    Double getWarning();

    void setWarning(Double warning);

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @Indexed
    String getProjectKey();

    void setProjectKey(String projectKey);

    @Indexed
    Integer getParentId();

    void setParentId(Integer parentId);

    int getRefreshMinutes();

    void setRefreshMinutes(int refreshMinutes);

    @NotNull
    @StringLength(16)
    String getSourceType();

    void setSourceType(String sourceType);

    @StringLength(StringLength.UNLIMITED)
    String getJql();

    void setJql(String jql);

    @StringLength(StringLength.UNLIMITED)
    String getDenominatorJql();

    void setDenominatorJql(String denominatorJql);

    @StringLength(16)
    String getAgentMode();

    void setAgentMode(String agentMode);

    String getAgentGroup();

    void setAgentGroup(String agentGroup);

    String getAgentRoleProject();

    void setAgentRoleProject(String agentRoleProject);

    String getAgentRole();

    void setAgentRole(String agentRole);

    String getFromField();

    void setFromField(String fromField);

    String getToField();

    void setToField(String toField);

    @StringLength(16)
    String getStatistic();

    void setStatistic(String statistic);

    Integer getSampleCap();

    void setSampleCap(Integer sampleCap);

    @StringLength(24)
    String getAggregation();

    void setAggregation(String aggregation);

    @StringLength(StringLength.UNLIMITED)
    String getChildren();

    void setChildren(String children);

    long getVersion();

    void setVersion(long version);
}
