package dev.waypoint.jira.rest.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.access.Role;
import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.jira.rest.project.OkrRestFixture;
import dev.waypoint.jira.rest.support.RestHarness;
import dev.waypoint.jira.rest.support.RestRequest;
import dev.waypoint.jira.rest.support.RestResponse;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.objective.ObjectiveLevel;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /cycles/{id}/export}: the CSV file a spreadsheet opens. */
class OkrExportEndpointTest {

    private final OkrRestFixture fixture = OkrRestFixture.inMemory();

    @RegisterExtension
    final RestHarness rest = RestHarness.of(fixture::resources);

    @BeforeEach
    void data() {
        fixture.reset();
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    @Test
    void givenCycle_exporting_answersCsvAttachmentWithARowPerCheckIn() throws IOException {
        RestResponse response = rest.send(RestRequest.get("/cycles/" + fixture.q1.id() + "/export").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.mediaType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"waypoint-okrs-q1-2026.csv\"");
        assertThat(response.body()).startsWith(String.join(",", OkrCsv.HEADER) + "\r\n");
        List<CSVRecord> rows = parse(response.body());
        CSVRecord checkIn = rows.stream().filter(r -> r.get("key_result_title").equals("Answer tickets faster"))
                .findFirst().orElseThrow();
        assertThat(checkIn.get("value")).isEqualTo("4");
        assertThat(checkIn.get("check_in_date")).isEqualTo("2026-02-01");
        assertThat(checkIn.get("comment")).isEqualTo("On our way");
        assertThat(checkIn.get("target")).isEqualTo("10");
        assertThat(rows).extracting(r -> r.get("objective_title")).doesNotContain("Secret plans");
    }

    @Test
    void givenTextsStartingLikeFormulas_exporting_prefixesThemAndKeepsNegativeNumbers() throws IOException {
        var objective = fixture.objective(fixture.q1.id(), "=HYPERLINK(\"http://evil\",\"click\")", ObjectiveLevel.TEAM,
                OkrRestFixture.TEAM, OkrRestFixture.OWNER, null);
        var kr = fixture.keyResult(objective.id(), "+SUM(A1:A9)", OkrRestFixture.OWNER, new Measure.Metric(0, -10));
        fixture.storage().checkIns().insert(new CheckIn(null, kr.id(), CheckInValue.of(-5), null, "@cmd|' /C calc'!A0",
                OkrRestFixture.OWNER, CheckInOrigin.MANUAL, OkrRestFixture.NOW, LocalDate.of(2026, 2, 3)));
        fixture.storage().checkIns().insert(new CheckIn(null, kr.id(), CheckInValue.of(-6), null, "-2+3",
                OkrRestFixture.OWNER, CheckInOrigin.MANUAL, OkrRestFixture.NOW, LocalDate.of(2026, 2, 4)));

        RestResponse response = rest.send(RestRequest.get("/cycles/" + fixture.q1.id() + "/export")
                .query("project", "TEAM").as(Role.OWNER));

        List<CSVRecord> rows = parse(response.body()).stream()
                .filter(r -> r.get("key_result_title").startsWith("'+")).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("objective_title")).isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(rows.get(0).get("key_result_title")).isEqualTo("'+SUM(A1:A9)");
        assertThat(rows.get(0).get("comment")).isEqualTo("'@cmd|' /C calc'!A0");
        assertThat(rows.get(1).get("comment")).isEqualTo("'-2+3");
        assertThat(rows.get(0).get("value")).isEqualTo("-5");
        assertThat(rows.get(0).get("target")).isEqualTo("-10");
        assertThat(response.header("Content-Disposition")).contains("waypoint-okrs-q1-2026-team.csv");
    }

    @Test
    void givenOutsider_exporting_getsOnlyCompanyAndPersonalObjectives() throws IOException {
        RestResponse response = rest.send(RestRequest.get("/cycles/" + fixture.q1.id() + "/export")
                .as(Role.LICENSED_WITHOUT_BROWSE));

        assertThat(parse(response.body())).extracting(r -> r.get("objective_title")).containsOnly(
                "Grow the company", "Simplify the company", "Learn Java 21");
    }

    @Test
    void givenUnknownCycle_exporting_answers404AsJson() {
        RestResponse response = rest.send(RestRequest.get("/cycles/999/export").as(Role.OWNER));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.mediaType()).startsWith("application/json");
    }
}
