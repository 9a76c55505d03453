package dev.waypoint.jira.rest.objective;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.closing.CycleGrading;
import dev.waypoint.closing.GradingPreview;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.scoring.Pace;
import dev.waypoint.scoring.Progress;
import dev.waypoint.scoring.ProgressWarning;
import dev.waypoint.shared.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /rest/waypoint/1.0/cycles/{cycleId}/objective-tree}: the alignment tree of a cycle for the company page,
 * with progress. One bulk load ({@link CycleGrading}: the cycle's objectives and their descendants level by level,
 * their key results and check-ins), then pure scoring: the number of queries grows with the depth of the tree, never
 * with its size.
 */
@Path("/cycles/{cycleId}/objective-tree")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectiveTreeResource {

    private final OkrGuard guard;
    private final CycleRepository cycles;
    private final CycleGrading grading;
    private final Clock clock;

    @Inject
    public ObjectiveTreeResource(OkrGuard guard, CycleRepository cycles, CycleGrading grading, Clock clock) {
        this.guard = guard;
        this.cycles = cycles;
        this.grading = grading;
        this.clock = clock;
    }

    /**
     * <ul>
     *   <li>200 {@link ObjectiveTreeResponse} (cycles are visible to every licensed user; the tree holds only the
     *       objectives the caller may see)</li>
     *   <li>400 {@code cycleId} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such cycle</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public ObjectiveTreeResponse tree(@PathParam("cycleId") String cycleId) {
        guard.requireLicensed();
        CycleId id = new CycleId(Params.requireId("cycleId", cycleId));
        Cycle cycle = cycles.findById(id).orElseThrow(() -> new NotFoundException("Cycle", id));
        GradingPreview preview = grading.preview(cycle);
        double expected = Pace.expected(cycle.start(), cycle.end(), LocalDate.now(clock));
        List<Objective> visible = preview.objectives().stream().filter(guard::canView).toList();
        Set<ObjectiveId> visibleIds = visible.stream().map(Objective::id).collect(Collectors.toSet());
        Map<ObjectiveId, List<Objective>> children = new HashMap<>();
        List<Objective> roots = new ArrayList<>();
        for (Objective objective : visible) {
            if (objective.parentId() != null && visibleIds.contains(objective.parentId())) {
                children.computeIfAbsent(objective.parentId(), parent -> new ArrayList<>()).add(objective);
            } else {
                roots.add(objective);
            }
        }
        return new ObjectiveTreeResponse(id.value(), cycle.name(), cycle.state(), expected,
                roots.stream().map(root -> node(root, children, preview, expected)).toList());
    }

    private ObjectiveTreeResponse.Node node(Objective objective, Map<ObjectiveId, List<Objective>> children,
            GradingPreview preview, double expected) {
        Progress progress = preview.objectiveProgress().getOrDefault(objective.id(),
                Progress.unknown(ProgressWarning.NOTHING_TO_ROLL_UP));
        return new ObjectiveTreeResponse.Node(ObjectiveResponse.of(objective, guard.canEdit(objective)),
                ProgressBody.of(progress), Pace.status(progress, expected, null, preview.settings()),
                children.getOrDefault(objective.id(), List.of()).stream()
                        .map(child -> node(child, children, preview, expected)).toList());
    }
}
