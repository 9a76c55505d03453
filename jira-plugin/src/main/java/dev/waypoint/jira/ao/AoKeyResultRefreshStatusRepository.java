package dev.waypoint.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;
import dev.waypoint.refresh.KeyResultRefreshStatus;
import dev.waypoint.refresh.KeyResultRefreshStatusRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** {@link KeyResultRefreshStatusRepository} on Active Objects: one row per key result, replaced on every save. */
public final class AoKeyResultRefreshStatusRepository implements KeyResultRefreshStatusRepository {

    private final ActiveObjects ao;

    public AoKeyResultRefreshStatusRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "'ao' must not be null");
    }

    @Override
    public void save(KeyResultRefreshStatus status) {
        int keyResultId = AoIds.key("Key result", status.keyResultId().value());
        AoConcurrency.retrying(ao, "Key result " + keyResultId, () -> {
            ao.deleteWithSQL(AoKrRefresh.class, "KEY_RESULT_ID = ?", keyResultId);
            Map<String, Object> columns = new HashMap<>();
            columns.put("KEY_RESULT_ID", keyResultId);
            columns.put("AT_MILLIS", status.at().toEpochMilli());
            columns.put("ERROR_CODE", status.error() == null ? null : status.error().code().name());
            columns.put("ERROR_DETAIL", status.error() == null ? null : status.error().detail());
            columns.put("UNESTIMATED", status.unestimatedIssues());
            columns.put("PROJECTS", AoProjectKeys.join(status.projects()));
            ao.create(AoKrRefresh.class, columns);
            return null;
        });
    }

    @Override
    public Map<KeyResultId, KeyResultRefreshStatus> findByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        Map<KeyResultId, KeyResultRefreshStatus> statuses = new HashMap<>();
        for (AoKrRefresh row : AoIds.findIn(ao, AoKrRefresh.class, "KEY_RESULT_ID", keyResultIds,
                KeyResultId::value, true)) {
            KeyResultId id = new KeyResultId(row.getKeyResultId());
            KpiError error = row.getErrorCode() == null ? null
                    : KpiError.of(KpiErrorCode.valueOf(row.getErrorCode()), row.getErrorDetail());
            statuses.put(id, new KeyResultRefreshStatus(id, Instant.ofEpochMilli(row.getAtMillis()), error,
                    row.getUnestimated(), AoProjectKeys.split(row.getProjects())));
        }
        return statuses;
    }

    @Override
    public void deleteByKeyResultIds(Collection<KeyResultId> keyResultIds) {
        AoIds.deleteIn(ao, AoKrRefresh.class, "KEY_RESULT_ID", keyResultIds, KeyResultId::value, true);
    }
}
