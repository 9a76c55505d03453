package dev.waypoint.jira.rest.project;

import dev.waypoint.checkin.CheckInService;
import dev.waypoint.closing.CarryOverWriter;
import dev.waypoint.closing.CycleClosingService;
import dev.waypoint.closing.CycleGrading;
import dev.waypoint.cycle.CycleService;
import dev.waypoint.initiative.InitiativeService;
import dev.waypoint.jira.rest.checkin.CheckInResource;
import dev.waypoint.jira.rest.cycle.CycleCloseResource;
import dev.waypoint.jira.rest.cycle.CycleResource;
import dev.waypoint.jira.rest.export.OkrExportResource;
import dev.waypoint.jira.rest.initiative.InitiativeResource;
import dev.waypoint.jira.rest.issue.IssuePanelReader;
import dev.waypoint.jira.rest.issue.IssueResource;
import dev.waypoint.jira.rest.keyresult.KeyResultResource;
import dev.waypoint.jira.rest.objective.KpiReferences;
import dev.waypoint.jira.rest.objective.ObjectiveResource;
import dev.waypoint.jira.rest.objective.ObjectiveTreeResource;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.jira.rest.objective.OkrStorage;
import dev.waypoint.keyresult.KeyResultLookup;
import dev.waypoint.keyresult.KeyResultRemoval;
import dev.waypoint.keyresult.KeyResultService;
import dev.waypoint.objective.ObjectiveService;
import dev.waypoint.progress.OkrReadService;
import java.util.List;

/**
 * Builds the OKR half of the REST API from its {@link OkrRestDependencies}: core's services wired on the given
 * storage, and one instance of every resource (plain classes; they hold no request state). Jira's Spring wiring, the
 * preview and the tests use it, so all three run the same graph.
 *
 * <table>
 *   <caption>the resources</caption>
 *   <tr><td>{@link CycleResource}</td><td>{@code /cycles}</td></tr>
 *   <tr><td>{@link CycleCloseResource}</td><td>{@code /cycles/{id}/close}</td></tr>
 *   <tr><td>{@link ObjectiveTreeResource}</td><td>{@code /cycles/{cycleId}/objective-tree}</td></tr>
 *   <tr><td>{@link OkrExportResource}</td><td>{@code /cycles/{cycleId}/export}</td></tr>
 *   <tr><td>{@link ObjectiveResource}</td><td>{@code /objectives}</td></tr>
 *   <tr><td>{@link KeyResultResource}</td><td>{@code /key-results}</td></tr>
 *   <tr><td>{@link CheckInResource}</td><td>{@code /key-results/{keyResultId}/check-ins}</td></tr>
 *   <tr><td>{@link InitiativeResource}</td><td>{@code /key-results/{keyResultId}/initiatives}</td></tr>
 *   <tr><td>{@link IssueResource}</td><td>{@code /issues/{issueKey}}</td></tr>
 *   <tr><td>{@link ProjectPageResource}</td><td>{@code /projects/{projectKey}/okrs}</td></tr>
 * </table>
 */
public final class OkrRestResources {

    private OkrRestResources() {
    }

    /** One instance of every OKR resource, in the order of the table above. */
    public static List<Object> create(OkrRestDependencies deps) {
        OkrStorage storage = deps.storage();
        OkrGuard guard = new OkrGuard(deps.currentUser(), deps.permissions(), storage.objectives(),
                storage.keyResults());
        KeyResultRemoval removal = new KeyResultRemoval(storage.keyResults(), storage.checkIns(),
                storage.initiatives());
        KpiReferences kpis = new KpiReferences(deps.kpis(), deps.permissions());
        KeyResultLookup lookup = new KeyResultLookup(storage.keyResults(), storage.objectives(), storage.cycles());
        CycleGrading grading = new CycleGrading(storage.objectives(), storage.keyResults(), storage.checkIns(),
                deps.scoring());
        CycleClosingService closing = new CycleClosingService(storage.cycles(), storage.objectives(), grading,
                new CarryOverWriter(storage.objectives(), storage.keyResults(), storage.checkIns(), storage.cycles(),
                        deps.clock()),
                removal, deps.transactions());
        return List.of(
                new CycleResource(guard, new CycleService(storage.cycles(), storage.objectives(),
                        deps.transactions(), deps.clock()), storage.cycles(), deps.clock()),
                new CycleCloseResource(guard, closing, deps.clock()),
                new ObjectiveTreeResource(guard, storage.cycles(), grading, deps.clock()),
                new OkrExportResource(guard, storage, deps.clock()),
                new ObjectiveResource(guard, new ObjectiveService(storage.objectives(), storage.cycles(), removal,
                        deps.transactions()), storage.objectives(), kpis, deps.clock()),
                new KeyResultResource(guard, new KeyResultService(storage.keyResults(), storage.objectives(),
                        storage.cycles(), removal, deps.transactions()), kpis, deps.clock()),
                new CheckInResource(guard, new CheckInService(storage.checkIns(), lookup, deps.clock()),
                        storage.checkIns(), deps.userNames(), deps.clock()),
                new InitiativeResource(guard, new InitiativeService(storage.initiatives(), lookup, deps.clock()),
                        storage.initiatives(), deps.issues(), deps.clock()),
                new IssueResource(guard, deps.issues(), new IssuePanelReader(storage, deps.scoring(), deps.clock()),
                        deps.clock()),
                new ProjectPageResource(guard, storage.cycles(), new OkrReadService(storage.cycles(), storage.reads(),
                        deps.scoring(), deps.clock()), deps.clock()));
    }
}
