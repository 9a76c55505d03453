package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Row of a {@code dev.waypoint.initiative.Initiative}: a key result linked to a Jira issue by id, at most once. */
@Preload
@Table("INITIATIVE")
@Indexes(@Index(name = "kr_issue", methodNames = {"getKeyResultId", "getIssueId"}, unique = true))
public interface AoInitiative extends Entity {

    @Indexed
    int getKeyResultId();

    void setKeyResultId(int keyResultId);

    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    String getLinkedBy();

    void setLinkedBy(String linkedBy);

    long getLinkedAt();

    void setLinkedAt(long linkedAtMillis);
}
