package dev.waypoint.kpi;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.waypoint.kpi.testdata.KpiWorld;
import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.testdata.OkrTestData;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KpiValueServiceTest {

    private final KpiWorld world = new KpiWorld();
    private final KpiValueService service = world.valueService();

    @Test
    void givenManualKpi_recordManualTwiceForADate_keepsOneValueAtTheStartOfThatDate() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.Manual()));
        LocalDate date = OkrTestData.TODAY.minusDays(3);

        service.recordManual(kpi.id(), date, 41.5);
        KpiValue second = service.recordManual(kpi.id(), date, 42d);
        service.recordManual(kpi.id(), date, 42d);

        assertThat(world.values.all()).containsExactly(second);
        assertThat(second.at()).isEqualTo(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    @Test
    void givenManualKpi_recordManualOnTwoDates_keepsBoth() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.Manual()));

        service.recordManual(kpi.id(), OkrTestData.TODAY, 1d);
        service.recordManual(kpi.id(), OkrTestData.TODAY.minusDays(1), 2d);

        assertThat(world.values.all()).extracting(KpiValue::value).containsExactly(2d, 1d);
    }

    @Test
    void givenJqlKpiFutureDateAndNoValue_recordManual_reportsEveryFieldAndWritesNothing() {
        Kpi kpi = world.store(aKpi());

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.recordManual(kpi.id(), OkrTestData.TODAY.plusDays(1), null));

        assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("waypoint.kpi.value.notManual",
                "waypoint.kpi.date.outOfRange", "waypoint.kpi.value.required");
        assertThat(world.values.all()).isEmpty();
    }

    @Test
    void givenNonFiniteValueOrNoDate_recordManual_isRefused() {
        Kpi kpi = world.store(aKpi().source(new KpiSource.Manual()));

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> service.recordManual(kpi.id(), null, Double.NaN));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("date", "value");
    }

    @Test
    void givenUnknownKpi_recordManual_throwsNotFound() {
        assertThatThrownBy(() -> service.recordManual(new KpiId(9), OkrTestData.TODAY, 1d))
                .isInstanceOf(NotFoundException.class);
    }
}
