package dev.waypoint.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.preview.issues.SampleIssue;
import dev.waypoint.preview.user.PreviewDirectory;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleTicketsTest {

    static final SamplePeople PEOPLE = new SamplePeople(PreviewDirectory.standard());

    @Test
    void givenSameDay_generate_givesTheSameIssues() {
        SampleCalendar day = new SampleCalendar(LocalDate.of(2026, 5, 20), ZoneOffset.UTC);

        SampleTickets first = SampleTickets.generate(day, PEOPLE);
        SampleTickets second = SampleTickets.generate(day, PEOPLE);

        assertThat(second.store().all()).isEqualTo(first.store().all());
        assertThat(second.named()).isEqualTo(first.named());
    }

    @Test
    void givenAnotherDayAndZone_generate_keepsIdsKeysAndShiftsTimesWithToday() {
        SampleCalendar may = new SampleCalendar(LocalDate.of(2026, 5, 20), ZoneOffset.UTC);
        SampleCalendar november = new SampleCalendar(LocalDate.of(2026, 11, 3), ZoneId.of("Europe/Berlin"));

        List<SampleIssue> first = SampleTickets.generate(may, PEOPLE).store().all();
        List<SampleIssue> second = SampleTickets.generate(november, PEOPLE).store().all();

        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i += 97) {
            SampleIssue a = first.get(i);
            SampleIssue b = second.get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.key()).isEqualTo(a.key());
            assertThat(b.summary()).isEqualTo(a.summary());
            assertThat(ChronoUnit.DAYS.between(a.life().created().atZone(may.zone()).toLocalDate(),
                    b.life().created().atZone(november.zone()).toLocalDate()))
                    .isEqualTo(ChronoUnit.DAYS.between(may.today(), november.today()));
        }
        assertThat(SampleTickets.generate(november, PEOPLE).named())
                .isEqualTo(SampleTickets.generate(may, PEOPLE).named());
    }

    @Test
    void givenStore_issues_areNumberedInOrderOfCreationAndEndAtTheHorizon() {
        SampleCalendar day = new SampleCalendar(LocalDate.of(2026, 5, 20), ZoneOffset.UTC);
        List<SampleIssue> issues = SampleTickets.generate(day, PEOPLE).store().all();

        assertThat(issues.get(0).id().value()).isEqualTo(SampleTickets.FIRST_ID);
        assertThat(issues).isSortedAccordingTo((a, b) -> a.life().created().compareTo(b.life().created()));
        assertThat(issues).extracting(SampleIssue::key).contains("SUP-1", "SUP-2900", "APP-12", "WEB-1");
        assertThat(issues).allSatisfy(issue -> {
            assertThat(issue.life().created()).isBefore(day.horizon());
            assertThat(issue.life().resolvedAt() == null || !issue.life().resolvedAt().isAfter(day.horizon()))
                    .isTrue();
        });
    }
}
