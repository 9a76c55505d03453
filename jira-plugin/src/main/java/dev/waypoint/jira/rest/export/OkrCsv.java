package dev.waypoint.jira.rest.export;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.jira.rest.CsvCells;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a cycle's OKRs with their check-ins as CSV (RFC 4180 through Apache Commons CSV: comma, double quotes,
 * CRLF): one row per check-in, one row for a key result without check-ins, one row for an objective without key
 * results. Pure: it writes what it is given.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula, so every text cell (titles, names, comments, keys,
 * units) that starts with one of them is written with a leading apostrophe, which spreadsheets show as text. Numbers
 * are written by Waypoint itself ({@code -5}, {@code 0.25}) and never prefixed: they cannot hold a formula.
 */
final class OkrCsv {

    static final List<String> HEADER = List.of("cycle", "objective_id", "objective_title", "objective_level",
            "objective_project", "objective_owner", "objective_state", "objective_grade", "key_result_id",
            "key_result_title", "key_result_owner", "measure", "baseline", "target", "min", "max", "unit",
            "check_in_date", "value", "milestones_done", "confidence", "comment", "author", "origin", "recorded_at");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .get();

    private OkrCsv() {
    }

    /**
     * @param objectives the objectives to write, in order
     * @param keyResults by objective, in order
     * @param checkIns   by key result, oldest first
     */
    /** @param hidden key results exported by id, title and owner only (DESIGN §5: no numbers from hidden sources) */
    static void write(Writer out, Cycle cycle, List<Objective> objectives, Map<ObjectiveId, List<KeyResult>> keyResults,
            Map<KeyResultId, List<CheckIn>> checkIns, Set<KeyResultId> hidden) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT); // not closed here: the caller owns the stream
        for (Objective objective : objectives) {
            List<String> o = objectiveCells(cycle, objective);
            List<KeyResult> ofObjective = keyResults.getOrDefault(objective.id(), List.of());
            if (ofObjective.isEmpty()) {
                printer.printRecord(row(o, empty(9), empty(8)));
            }
            for (KeyResult keyResult : ofObjective) {
                List<String> k = keyResultCells(keyResult, hidden.contains(keyResult.id()));
                List<CheckIn> history = checkIns.getOrDefault(keyResult.id(), List.of());
                if (history.isEmpty()) {
                    printer.printRecord(row(o, k, empty(8)));
                }
                for (CheckIn checkIn : history) {
                    printer.printRecord(row(o, k, checkInCells(checkIn)));
                }
            }
        }
        printer.flush();
    }



    private static List<String> objectiveCells(Cycle cycle, Objective o) {
        return List.of(CsvCells.text(cycle.name()), Long.toString(o.id().value()), CsvCells.text(o.title()),
                o.level().name(), o.project() == null ? "" : CsvCells.text(o.project().value()),
                o.owner() == null ? "" : CsvCells.text(o.owner().value()), o.state().name(),
                o.grade() == null ? "" : CsvCells.number(o.grade().score()));
    }

    private static List<String> keyResultCells(KeyResult k, boolean hidden) {
        Double baseline = null;
        Double target = null;
        Double min = null;
        Double max = null;
        if (hidden) {
            return List.of(Long.toString(k.id().value()), CsvCells.text(k.title()),
                    k.owner() == null ? "" : CsvCells.text(k.owner().value()), k.measure().type().name(), "", "", "",
                    "", "");
        }
        if (k.measure() instanceof Measure.Metric metric) {
            baseline = metric.baseline();
            target = metric.target();
        } else if (k.measure() instanceof Measure.Threshold threshold) {
            min = threshold.min();
            max = threshold.max();
        }
        return List.of(Long.toString(k.id().value()), CsvCells.text(k.title()),
                k.owner() == null ? "" : CsvCells.text(k.owner().value()), k.measure().type().name(),
                CsvCells.number(baseline), CsvCells.number(target), CsvCells.number(min), CsvCells.number(max),
                CsvCells.text(k.unit()));
    }

    private static List<String> checkInCells(CheckIn c) {
        String milestones = c.value() instanceof CheckInValue.MilestoneStates states
                ? states.done().stream().filter(Boolean.TRUE::equals).count() + "/" + states.done().size() : "";
        return List.of(c.effectiveDate().toString(), CsvCells.number(c.numericValue()), milestones,
                c.confidence() == null ? "" : Integer.toString(c.confidence()), CsvCells.text(c.comment()),
                c.author() == null ? "" : CsvCells.text(c.author().value()), c.origin().name(),
                c.createdAt().toString());
    }

    private static List<String> row(List<String> objective, List<String> keyResult, List<String> checkIn) {
        List<String> row = new ArrayList<>(objective);
        row.addAll(keyResult);
        row.addAll(checkIn);
        return row;
    }

    private static List<String> empty(int count) {
        String[] cells = new String[count];
        Arrays.fill(cells, "");
        return Arrays.asList(cells);
    }

    /** The key results by objective, keeping the repository's order. */
    static Map<ObjectiveId, List<KeyResult>> byObjective(List<KeyResult> keyResults) {
        return keyResults.stream().collect(Collectors.groupingBy(KeyResult::objectiveId));
    }

    /** The check-ins by key result, oldest first. */
    static Map<KeyResultId, List<CheckIn>> byKeyResult(List<CheckIn> checkIns) {
        return checkIns.stream().sorted(CheckIn.CHRONOLOGICAL)
                .collect(Collectors.groupingBy(CheckIn::keyResultId));
    }
}
