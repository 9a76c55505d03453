package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Row of a {@code dev.waypoint.refresh.KeyResultRefreshStatus}: one per automatically valued key result. */
@Preload
@Table("KR_REFRESH")
public interface AoKrRefresh extends Entity {

    @Indexed
    int getKeyResultId();

    void setKeyResultId(int keyResultId);

    long getAtMillis();

    void setAtMillis(long atMillis);

    @StringLength(32)
    String getErrorCode();

    void setErrorCode(String errorCode);

    @StringLength(StringLength.UNLIMITED)
    String getErrorDetail();

    void setErrorDetail(String errorDetail);

    int getUnestimated();

    void setUnestimated(int unestimatedIssues);

    /** The projects the latest value derives from ({@link AoProjectKeys}), {@code null} for none. */
    @StringLength(StringLength.UNLIMITED)
    String getProjects();

    void setProjects(String projects);
}
