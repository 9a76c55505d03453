package dev.waypoint.progress;

import static dev.waypoint.kpi.testdata.KpiTestData.aKpi;
import static dev.waypoint.testdata.OkrTestData.SUPPORT;
import static dev.waypoint.testdata.OkrTestData.TODAY;
import static dev.waypoint.testdata.OkrTestData.aCheckIn;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anInitiative;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiValueFormat;
import dev.waypoint.objective.Objective;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.testdata.OkrWorld;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OkrReadServiceTest {

    private final OkrWorld world = new OkrWorld();
    private final OkrReadService service = world.readService();
    private final Cycle q1 = world.store(aCycle());

    @Test
    void givenCycleWithHistory_overview_computesProgressPaceForecastAndCounts() {
        Objective company = world.store(anObjective(q1.id()).company());
        Objective team = world.store(anObjective(q1.id()).alignedTo(company.id()));
        KeyResult onTrack = world.store(aKeyResult(team.id()).metric(8, 4));
        KeyResult doubtful = world.store(aKeyResult(team.id()).metric(0, 10));
        world.store(aCheckIn(onTrack.id()).value(7.5).effective(TODAY.minusDays(30)));
        world.store(aCheckIn(onTrack.id()).value(6.8).effective(TODAY.minusDays(15)));
        world.store(aCheckIn(onTrack.id()).value(6).effective(TODAY));
        world.store(aCheckIn(doubtful.id()).value(6).confidence(2));
        world.initiatives.insert(anInitiative(onTrack.id(), 1));

        CycleOverview overview = service.overview(q1.id(), SUPPORT);

        assertThat(overview.expectedProgress()).isCloseTo(46.0 / 90, within(1e-12));
        ObjectiveStatus teamStatus = overview.objectives().get(1);
        KeyResultStatus first = teamStatus.keyResults().get(0);
        KeyResultStatus second = teamStatus.keyResults().get(1);
        assertThat(first.progress().clamped()).isEqualTo(0.5);
        assertThat(first.pace()).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(first.forecast().expected().clamped()).isGreaterThan(0.5);
        assertThat(first.initiativeCount()).isEqualTo(1);
        assertThat(second.pace()).isEqualTo(PaceStatus.AT_RISK);
        assertThat(second.latestConfidence()).isEqualTo(2);
        assertThat(second.forecast()).isNull();
        assertThat(teamStatus.progress().clamped()).isCloseTo(0.55, within(1e-12));
        assertThat(teamStatus.pace()).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(teamStatus.context()).isFalse();
        assertThat(overview.objectives().get(0).context()).isTrue();
        assertThat(overview.objectives().get(0).progress().clamped()).isCloseTo(0.55, within(1e-12));
    }

    @Test
    void givenUnknownCycle_overview_throwsNotFound() {
        assertThatThrownBy(() -> service.overview(new CycleId(99), SUPPORT)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void givenTheCycleAlreadyRead_overview_isTheSameAsByIdWithoutLookingTheCycleUp() {
        Objective team = world.store(anObjective(q1.id()));
        world.store(aKeyResult(team.id()).metric(0, 10));

        CycleOverview byId = service.overview(q1.id(), SUPPORT);
        CycleOverview given = service.overview(q1, SUPPORT);

        assertThat(given).isEqualTo(byId);
    }

    @Test
    void givenKeyResultsBoundToKpis_kpiFormats_areTheFormatAndUnitOfEachBoundKpiThatStillExists() {
        Kpi percent = world.kpis.insert(aKpi().format(KpiFormat.PERCENT).unit(null).build());
        Kpi duration = world.kpis.insert(aKpi().format(KpiFormat.DURATION).unit("s").build());
        world.kpis.insert(aKpi().format(KpiFormat.NUMBER).unit("tickets").build());
        Objective team = world.store(anObjective(q1.id()));
        world.store(aKeyResult(team.id()).metric(0.5, 0.8).source(new ValueSource.Kpi(percent.id())));
        world.store(aKeyResult(team.id()).metric(0.6, 0.9).source(new ValueSource.Kpi(percent.id())));
        world.store(aKeyResult(team.id()).metric(7200, 3600).source(new ValueSource.Kpi(duration.id())));
        world.store(aKeyResult(team.id()).metric(1, 2).source(new ValueSource.Kpi(new KpiId(999))));
        world.store(aKeyResult(team.id()).metric(0, 10));

        CycleOverview overview = service.overview(q1, SUPPORT);

        assertThat(overview.snapshot().boundKpis()).containsExactly(percent.id(), duration.id(), new KpiId(999));
        assertThat(service.kpiFormats(overview)).containsOnly(
                Map.entry(percent.id(), new KpiValueFormat(percent.id(), KpiFormat.PERCENT, null)),
                Map.entry(duration.id(), new KpiValueFormat(duration.id(), KpiFormat.DURATION, "s")));
    }

    @Test
    void givenNoKeyResultBoundToAKpi_kpiFormats_isEmpty() {
        Objective team = world.store(anObjective(q1.id()));
        world.store(aKeyResult(team.id()).metric(0, 10));

        assertThat(service.kpiFormats(service.overview(q1, SUPPORT))).isEmpty();
    }
}
