package dev.waypoint.objective.read;

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
import dev.waypoint.objective.Objective;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.testdata.OkrWorld;
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
}
