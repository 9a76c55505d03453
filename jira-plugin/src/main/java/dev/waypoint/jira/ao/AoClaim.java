package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A held {@code dev.waypoint.refresh.RefreshClaims} claim: at most one row per name (unique index), so that two nodes
 * inserting the same claim at once cannot both succeed.
 */
@Table("CLAIM")
@Indexes(@Index(name = "claim_name", methodNames = "getClaimName", unique = true))
public interface AoClaim extends Entity {

    @NotNull
    @StringLength(64)
    String getClaimName();

    void setClaimName(String claimName);

    long getGeneration();

    void setGeneration(long generation);

    /** Held until this time (epoch milliseconds, exclusive). */
    long getUntilMillis();

    void setUntilMillis(long untilMillis);
}
