package dev.waypoint.preview.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.insight.Insight;
import dev.waypoint.insight.InsightType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample loads on awkward days too: the first and last day of a quarter, the turn of the year, DST zones. */
class SampleDatesTest {

    @ParameterizedTest
    @CsvSource({
        "2026-04-01T08:00:00Z, UTC",
        "2026-06-30T21:00:00Z, Europe/Berlin",
        "2026-01-01T03:30:00Z, America/New_York"
    })
    void givenAwkwardDay_load_writesTheWholeSampleAndTheInsightsFire(String instant, String zone) {
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of(zone));

        try (SampleFixture fixture = SampleFixture.load(clock)) {
            assertThat(fixture.summary().objectives()).isEqualTo(12);
            assertThat(fixture.summary().keyResults()).isEqualTo(39);
            assertThat(fixture.summary().refreshRuns()).isEqualTo(SampleCalendar.KPI_HISTORY_DAYS + 1);
            assertThat(SampleInsights.of(fixture, clock)).extracting(Insight::type)
                    .contains(InsightType.KPI_NEEDS_OKR, InsightType.BUSINESS_AS_USUAL, InsightType.NO_OWNER);
        }
    }
}
