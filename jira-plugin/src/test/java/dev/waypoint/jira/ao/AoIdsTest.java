package dev.waypoint.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.checkin.CheckInId;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.initiative.InitiativeId;
import dev.waypoint.issue.IssueId;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.testdata.KpiRepositories;
import dev.waypoint.kpi.testdata.KpiTestData;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.testdata.OkrRepositories;
import dev.waypoint.testdata.OkrTestData;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AO keys are {@code int}; the domain's ids are {@code long}. An id outside the stored range names no row: every
 * lookup by it finds nothing, an update of it is "not found", a delete does nothing (it overflowed into a 500 before,
 * from {@code Math.toIntExact}). A stored row next to it proves the lookups do run.
 */
class AoIdsTest {

    @RegisterExtension
    static final AoDatabaseExtension DATABASE = AoDatabaseExtension.hsqldb();

    private KpiRepositories kpis;
    private OkrRepositories okr;
    private Cycle cycle;
    private Objective objective;
    private KeyResult keyResult;
    private Kpi kpi;

    @BeforeEach
    void storeOneOfEach() {
        kpis = AoKpiRepositories.on(DATABASE.ao());
        okr = kpis.okr();
        cycle = okr.cycles().insert(OkrTestData.aCycle().build());
        objective = okr.objectives().insert(OkrTestData.anObjective(cycle.id()).build());
        keyResult = okr.keyResults().insert(OkrTestData.aKeyResult(objective.id()).build());
        kpi = kpis.kpis().insert(KpiTestData.aKpi().build());
    }

    @ParameterizedTest
    @ValueSource(longs = {2_147_483_648L, 4_294_967_297L, Long.MAX_VALUE})
    void givenIdOutsideTheStoredRange_lookingUp_findsNothing(long id) {
        assertThat(okr.cycles().findById(new CycleId(id))).isEmpty();
        assertThat(okr.cycles().findByIds(List.of(new CycleId(id), cycle.id()))).containsExactly(cycle);
        assertThat(okr.objectives().findById(new ObjectiveId(id))).isEmpty();
        assertThat(okr.objectives().findByCycleIds(List.of(new CycleId(id)))).isEmpty();
        assertThat(okr.objectives().findByParentIds(List.of(new ObjectiveId(id)))).isEmpty();
        assertThat(okr.keyResults().findById(new KeyResultId(id))).isEmpty();
        assertThat(okr.keyResults().findByObjectiveIds(List.of(new ObjectiveId(id), objective.id())))
                .containsExactly(keyResult);
        assertThat(okr.checkIns().findById(new CheckInId(id))).isEmpty();
        assertThat(okr.checkIns().findByKeyResultIds(List.of(new KeyResultId(id)))).isEmpty();
        assertThat(okr.initiatives().find(new KeyResultId(id), new IssueId(1))).isEmpty();
        assertThat(okr.initiatives().findByKeyResultIds(List.of(new KeyResultId(id)))).isEmpty();
        assertThat(okr.initiatives().countByKeyResultIds(List.of(new KeyResultId(id)))).isEmpty();
        assertThat(okr.reads().loadCycle(new CycleId(id), new ProjectKey("SUP")).objectives()).isEmpty();
        assertThat(okr.reads().kpiFormats(List.of(new KpiId(id)))).isEmpty();
        assertThat(kpis.kpis().findById(new KpiId(id))).isEmpty();
        assertThat(kpis.kpis().findByIds(List.of(new KpiId(id), kpi.id()))).containsExactly(kpi);
        assertThat(kpis.kpis().findChildren(new KpiId(id))).isEmpty();
        assertThat(kpis.values().findLatest(List.of(new KpiId(id)))).isEmpty();
        assertThat(kpis.values().findBetween(List.of(new KpiId(id)), Instant.EPOCH, Instant.MAX)).isEmpty();
        assertThat(kpis.alignments().findByKpiIds(List.of(new KpiId(id)))).isEmpty();
        assertThat(kpis.alignments().findByObjectiveIds(List.of(new ObjectiveId(id)))).isEmpty();
        assertThat(kpis.targetChanges().findSince(List.of(new KpiId(id)), Instant.EPOCH)).isEmpty();
        assertThat(kpis.keyResultStatuses().findByKeyResultIds(List.of(new KeyResultId(id)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {2_147_483_648L, Long.MAX_VALUE})
    void givenIdOutsideTheStoredRange_updating_isNotFound(long id) {
        assertThatThrownBy(() -> okr.cycles().update(cycle.withId(new CycleId(id))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> okr.objectives().update(objective.withId(new ObjectiveId(id))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> okr.keyResults().update(keyResult.withId(new KeyResultId(id))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> kpis.kpis().update(kpi.withId(new KpiId(id))))
                .isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {2_147_483_648L, Long.MAX_VALUE})
    void givenIdOutsideTheStoredRange_deleting_changesNothing(long id) {
        okr.cycles().delete(new CycleId(id));
        okr.objectives().delete(new ObjectiveId(id));
        okr.keyResults().deleteByIds(List.of(new KeyResultId(id)));
        okr.checkIns().delete(new CheckInId(id));
        okr.initiatives().delete(new InitiativeId(id));
        okr.initiatives().deleteByKeyResultIds(List.of(new KeyResultId(id)));
        kpis.kpis().delete(new KpiId(id));
        kpis.values().deleteByKpiId(new KpiId(id));
        kpis.alignments().deleteByKpiId(new KpiId(id));
        kpis.targetChanges().deleteByKpiId(new KpiId(id));
        kpis.keyResultStatuses().deleteByKeyResultIds(List.of(new KeyResultId(id)));

        assertThat(okr.cycles().findAll()).containsExactly(cycle);
        assertThat(okr.keyResults().findById(keyResult.id())).contains(keyResult);
        assertThat(kpis.kpis().findAll()).containsExactly(kpi);
    }

    @ParameterizedTest
    @ValueSource(longs = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE})
    void givenIdInsideTheStoredRange_checking_isStorable(long id) {
        assertThat(AoIds.isStorable(id)).isTrue();
        assertThat(AoIds.key("Cycle", id)).isEqualTo((int) id);
        assertThat(AoIds.isStorable(id + (id < 0 ? -1L : 1L) * (1L << 32))).isFalse();
    }
}
