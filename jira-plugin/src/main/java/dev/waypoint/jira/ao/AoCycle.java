package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Row of a {@code dev.waypoint.cycle.Cycle}. Dates are ISO-8601 text (yyyy-MM-dd): portable and sortable. */
@Preload
@Table("CYCLE")
public interface AoCycle extends Entity {

    @NotNull
    String getName();

    void setName(String name);

    @NotNull
    @StringLength(10)
    String getStartDate();

    void setStartDate(String startDate);

    @NotNull
    @StringLength(10)
    String getEndDate();

    void setEndDate(String endDate);

    @NotNull
    @StringLength(16)
    String getState();

    void setState(String state);

    long getVersion();

    void setVersion(long version);
}
