package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Row of a {@code dev.waypoint.checkin.CheckIn}. Milestone states are kept as a string of {@code 1}/{@code 0}, one
 * character per milestone. Times are epoch milliseconds, dates ISO-8601 text.
 */
@Preload
@Table("CHECK_IN")
public interface AoCheckIn extends Entity {

    @Indexed
    int getKeyResultId();

    void setKeyResultId(int keyResultId);

    Double getNumericValue();

    void setNumericValue(Double value);

    @StringLength(64)
    String getDoneStates();

    void setDoneStates(String doneStates);

    Integer getConfidence();

    void setConfidence(Integer confidence);

    @StringLength(StringLength.UNLIMITED)
    String getCommentText();

    void setCommentText(String comment);

    String getAuthorKey();

    void setAuthorKey(String authorKey);

    @NotNull
    @StringLength(16)
    String getOrigin();

    void setOrigin(String origin);

    long getCreatedAt();

    void setCreatedAt(long createdAtMillis);

    @NotNull
    @StringLength(10)
    String getEffectiveDate();

    void setEffectiveDate(String effectiveDate);
}
