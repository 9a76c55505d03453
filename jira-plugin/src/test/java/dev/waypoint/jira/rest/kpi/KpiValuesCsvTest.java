package dev.waypoint.jira.rest.kpi;

import dev.waypoint.jira.rest.CsvCells;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.jira.rest.Translator;
import dev.waypoint.kpi.AgentRow;
import dev.waypoint.kpi.Health;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValue;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.shared.UserKey;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CSV of KPI values: RFC 4180 that reads back, and no cell a spreadsheet would run as a formula. */
class KpiValuesCsvTest {

    private static final Instant AT = Instant.parse("2026-02-14T23:30:00Z");

    private static List<CSVRecord> write(Kpi kpi, List<KpiValue> values) throws IOException {
        StringWriter out = new StringWriter();
        KpiValuesCsv.write(out, kpi, values, ZoneOffset.ofHours(2), new KpiViews(Translator.ENGLISH));
        try (CSVParser parser = CSVParser.parse(out.toString(), CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void givenTextStartingLikeAFormula_writingACell_prefixesAnApostrophe(String text) {
        assertThat(CsvCells.text(text)).isEqualTo("'" + text);
    }

    @Test
    void givenPlainText_writingACell_leavesItAlone() {
        assertThat(CsvCells.text("Open tickets = 5")).isEqualTo("Open tickets = 5");
        assertThat(CsvCells.text(null)).isEmpty();
    }

    @Test
    void givenNumbers_writing_keepsThemNumbersWithoutExponent() {
        assertThat(CsvCells.number(-5.0)).isEqualTo("-5");
        assertThat(CsvCells.number(1e15)).isEqualTo("1000000000000000");
        assertThat(CsvCells.number(0.25)).isEqualTo("0.25");
        assertThat(CsvCells.number(null)).isEmpty();
    }

    @Test
    void givenHostileNamesAgentsAndErrors_writing_readsBackAsTextThatRunsNothing() throws IOException {
        Kpi kpi = KpiTestData.aKpi().named("@cmd|' /C calc'!A0").unit("+x").build().withId(new KpiId(9));
        List<CSVRecord> rows = write(kpi, List.of(
                KpiValue.withBreakdown(kpi.id(), AT, 3, List.of(new AgentRow(new UserKey("=evil"), 3, Health.GREEN))),
                KpiValue.failed(kpi.id(), AT.plusSeconds(60), KpiErrorCode.SEARCH_FAILED, "-2+3 \"quoted\", comma")));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("kpi_name")).isEqualTo("'@cmd|' /C calc'!A0");
        assertThat(rows.get(0).get("unit")).isEqualTo("'+x");
        assertThat(rows.get(0).get("date")).isEqualTo("2026-02-15");
        assertThat(rows.get(1).get("row")).isEqualTo("AGENT");
        assertThat(rows.get(1).get("agent")).isEqualTo("'=evil");
        assertThat(rows.get(2).get("value")).isEmpty();
        assertThat(rows.get(2).get("health")).isEqualTo("UNKNOWN");
        assertThat(rows.get(2).get("error_code")).isEqualTo("SEARCH_FAILED");
        assertThat(rows.get(2).get("error")).isEqualTo("Jira could not run the query: -2+3 \"quoted\", comma");
        assertThat(rows).allSatisfy(row -> row.forEach(cell -> assertThat(cell).doesNotStartWith("=")
                .doesNotStartWith("+").doesNotStartWith("@")));
    }
}
