package dev.waypoint.refresh;

import static dev.waypoint.kpi.testdata.KpiTestData.NOW;
import static dev.waypoint.testdata.OkrTestData.aCycle;
import static dev.waypoint.testdata.OkrTestData.aKeyResult;
import static dev.waypoint.testdata.OkrTestData.anObjective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.cycle.Cycle;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.kpi.testdata.KpiRepositories;
import dev.waypoint.objective.Objective;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.testdata.ManyIds;
import dev.waypoint.testdata.OkrRepositories;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of every {@link KeyResultRefreshStatusRepository}. */
public abstract class KeyResultRefreshStatusRepositoryContract {

    private KeyResultRefreshStatusRepository statuses;
    private KeyResultId first;
    private KeyResultId second;

    /** Fresh, empty repositories sharing one store; called before each test. */
    protected abstract KpiRepositories createRepositories();

    @BeforeEach
    void createRepository() {
        KpiRepositories repositories = createRepositories();
        statuses = repositories.keyResultStatuses();
        OkrRepositories okr = repositories.okr();
        Cycle cycle = okr.cycles().insert(aCycle().build());
        Objective objective = okr.objectives().insert(anObjective(cycle.id()).build());
        first = okr.keyResults().insert(aKeyResult(objective.id()).build()).id();
        second = okr.keyResults().insert(aKeyResult(objective.id()).build()).id();
    }

    @Test
    void givenStatusWithError_saveAndFind_returnsEqualStatus() {
        KeyResultRefreshStatus failed = new KeyResultRefreshStatus(first, NOW.plusMillis(5),
                KpiError.of(KpiErrorCode.SEARCH_FAILED, "Feld „Sprint“ existiert nicht"), 0);
        KeyResultRefreshStatus ok = new KeyResultRefreshStatus(second, NOW, null, 12,
                Set.of(new ProjectKey("SUP"), new ProjectKey("APP")));

        statuses.save(failed);
        statuses.save(ok);

        assertThat(statuses.findByKeyResultIds(List.of(first, second, new KeyResultId(424_242))))
                .containsOnlyKeys(first, second).containsEntry(first, failed).containsEntry(second, ok);
        assertThat(statuses.findByKeyResultIds(List.of())).isEmpty();
    }

    @Test
    void givenSavedStatus_saveAgain_replacesIt() {
        statuses.save(new KeyResultRefreshStatus(first, NOW, KpiError.of(KpiErrorCode.NO_OWNER, ""), 0));
        KeyResultRefreshStatus newer = new KeyResultRefreshStatus(first, NOW.plusSeconds(3600), null, 2);

        statuses.save(newer);

        assertThat(statuses.findByKeyResultIds(List.of(first))).containsExactly(Map.entry(first, newer));
    }

    @Test
    void givenStatuses_deleteByKeyResultIds_removesOnlyThose() {
        statuses.save(new KeyResultRefreshStatus(first, NOW, null, 0));
        KeyResultRefreshStatus kept = new KeyResultRefreshStatus(second, NOW, null, 0);
        statuses.save(kept);

        statuses.deleteByKeyResultIds(List.of(first));

        assertThat(statuses.findByKeyResultIds(ManyIds.around(List.of(first.value(), second.value()),
                KeyResultId::new))).containsOnlyKeys(second).containsEntry(second, kept);
    }
}
