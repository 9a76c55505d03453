package dev.waypoint.jira.rest.kpi;

import dev.waypoint.jira.rest.CsvCells;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiHealth;
import dev.waypoint.kpi.KpiValue;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a KPI's values as CSV (RFC 4180 through Apache Commons CSV: comma, double quotes, CRLF): one {@code VALUE}
 * row per recorded value, followed, for a PER_AGENT KPI, by one {@code AGENT} row per agent and one
 * {@code UNASSIGNED} row with their counts. Pure: it writes what it is given.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula, so every text cell (the KPI's name and unit, the
 * project, agents' user keys, error messages, which may quote a user's JQL) that starts with one of them is written
 * with a leading apostrophe, which spreadsheets show as text. Numbers are written by Waypoint itself ({@code -5},
 * {@code 0.25}) and never prefixed: they cannot hold a formula.
 */
final class KpiValuesCsv {

    static final List<String> HEADER = List.of("kpi_id", "kpi_name", "project", "unit", "row", "recorded_at", "date",
            "value", "health", "agent", "count", "error_code", "error");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    private KpiValuesCsv() {
    }

    /**
     * @param values oldest first
     * @param zone   the zone of the {@code date} column
     */
    static void write(Writer out, Kpi kpi, List<KpiValue> values, ZoneId zone, KpiViews views) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT); // not closed here: the caller owns the stream
        for (KpiValue value : values) {
            List<String> kpiCells = List.of(Long.toString(kpi.id().value()), CsvCells.text(kpi.name()),
                    kpi.project() == null ? "" : CsvCells.text(kpi.project().value()), CsvCells.text(kpi.unit()));
            String at = value.at().toString();
            String date = LocalDate.ofInstant(value.at(), zone).toString();
            printer.printRecord(row(kpiCells, "VALUE", at, date, CsvCells.number(value.value()),
                    KpiHealth.of(kpi.bands(), value).name(), "", "",
                    value.error() == null ? "" : value.error().code().name(),
                    value.error() == null ? "" : CsvCells.text(views.error(value.error()).message())));
            for (AgentRow agent : value.breakdown()) {
                printer.printRecord(row(kpiCells, agent.isUnassigned() ? "UNASSIGNED" : "AGENT", at, date, "",
                        agent.health().name(), agent.isUnassigned() ? "" : CsvCells.text(agent.agent().value()),
                        Long.toString(agent.count()), "", ""));
            }
        }
        printer.flush();
    }



    private static List<String> row(List<String> kpiCells, String... cells) {
        List<String> row = new ArrayList<>(kpiCells);
        row.addAll(List.of(cells));
        return row;
    }
}
