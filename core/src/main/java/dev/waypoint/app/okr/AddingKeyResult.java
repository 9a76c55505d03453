package dev.waypoint.app.okr;

import dev.waypoint.keyresult.CreateKeyResult;
import dev.waypoint.keyresult.KeyResult;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.KeyResultMessages;
import dev.waypoint.keyresult.KeyResultService;
import dev.waypoint.keyresult.ValueSource;
import dev.waypoint.keyresult.ValueSourceType;
import dev.waypoint.refresh.KeyResultRefreshNow;
import java.util.List;
import java.util.Objects;

/**
 * Adds a key result to an objective the viewer may change. A JQL source is counted as the key result's owner, so it
 * is set like a KPI's JQL (the owner or a Jira administrator); a KPI source must name a KPI the viewer may see. A key
 * result bound to a KPI or a JQL count is evaluated at once ({@link KeyResultRefreshNow}), so it shows a value without
 * waiting for the refresh job.
 */
public final class AddingKeyResult {

    private final OkrAccess access;
    private final KeyResultViews views;
    private final KpiReferences kpis;
    private final KeyResultService keyResults;
    private final KeyResultRefreshNow refreshNow;

    public AddingKeyResult(OkrAccess access, KeyResultViews views, KpiReferences kpis,
            KeyResultService keyResults, KeyResultRefreshNow refreshNow) {
        this.access = Objects.requireNonNull(access, "'access' must not be null");
        this.views = Objects.requireNonNull(views, "'views' must not be null");
        this.kpis = Objects.requireNonNull(kpis, "'kpis' must not be null");
        this.keyResults = Objects.requireNonNull(keyResults, "'keyResults' must not be null");
        this.refreshNow = Objects.requireNonNull(refreshNow, "'refreshNow' must not be null");
    }

    /**
     * @throws dev.waypoint.shared.InvalidInputException every bad field; a KPI the viewer may not name
     * @throws dev.waypoint.access.AccessDeniedException may not change the objective or set this JQL
     * @throws dev.waypoint.shared.NotFoundException     no such objective, or invisible
     * @throws dev.waypoint.shared.ConflictException     the objective's cycle is closed
     */
    public KeyResultView add(CreateKeyResult command) {
        access.requireLicensed();
        if (command.objectiveId() == null) {
            throw KeyResultMessages.CATALOG.invalid("objectiveId", "waypoint.keyresult.objectiveId.required");
        }
        OkrAccess.VisibleObjective objective = access.objective(command.objectiveId());
        access.permissions().requireEdit(access.viewer(), objective.objective());
        if (command.source() != null && command.source().type() == ValueSourceType.JQL) {
            access.permissions().requireSetJql(access.viewer(), objective.objective(), command.owner());
        }
        if (command.source() != null && command.source().type() == ValueSourceType.KPI
                && command.source().kpiId() != null) {
            kpis.require(access.viewer(), "source.kpiId", List.of(command.source().kpiId()));
        }
        KeyResult created = keyResults.create(objective.objective(), objective.cycle(), command);
        if (!(created.source() instanceof ValueSource.Manual)) {
            refreshNow.refresh(created, objective.objective(), objective.cycle());
        }
        return views.of(new KeyResultLookup.Found(created, objective.objective(), objective.cycle()));
    }
}
