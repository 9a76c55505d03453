package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.Table;

/**
 * The latest value of each KPI, kept beside the history by {@link AoKpiValueRepository} in the same transaction as
 * every write. Active Objects has no portable way to ask "the newest row per KPI" in one statement (no GROUP BY in
 * its queries, and raw SQL would need the prefixed, quoted table name of each database), so the answer is stored.
 */
@Preload
@Table("KPI_LATEST")
@Indexes(@Index(name = "latest_kpi", methodNames = "getKpiId", unique = true))
public interface AoKpiLatest extends Entity, AoValueColumns {

    /** Id of the {@link AoKpiValue} row this copies. */
    int getValueId();

    void setValueId(int valueId);
}
