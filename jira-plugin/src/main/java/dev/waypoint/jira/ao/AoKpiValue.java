package dev.waypoint.jira.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.Table;

/**
 * Row of a {@code dev.waypoint.kpi.KpiValue}, indexed on (KPI, time) as DESIGN §6 asks. The per-agent breakdown is
 * kept in the row as JSON, so that a scorecard of many KPIs and days reads in one statement.
 */
@Preload
@Table("KPI_VALUE")
@Indexes(@Index(name = "kpi_at", methodNames = {"getKpiId", "getAtMillis"}))
public interface AoKpiValue extends Entity, AoValueColumns {
}
