package dev.waypoint.jira.rest.objective;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.progress.ObjectiveTree;
import dev.waypoint.app.progress.ObjectiveTreeQuery;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /rest/waypoint/1.0/cycles/{cycleId}/objective-tree}: the alignment tree of a cycle for the company page,
 * with progress, read by core's {@link ObjectiveTreeQuery} (only what the caller may see; the number of queries grows
 * with the depth of the tree, never with its size) and arranged as a tree here.
 */
@Path("/cycles/{cycleId}/objective-tree")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectiveTreeResource {

    private final ObjectiveTreeQuery query;

    @Inject
    public ObjectiveTreeResource(ObjectiveTreeQuery query) {
        this.query = query;
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
        ObjectiveTree tree = query.tree(new CycleId(Params.requireId("cycleId", cycleId)));
        List<Objective> visible = tree.grading().objectives();
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
        return new ObjectiveTreeResponse(tree.cycle().id().value(), tree.cycle().name(), tree.cycle().state(),
                tree.expectedProgress(), roots.stream().map(root -> node(root, children, tree)).toList());
    }

    private static ObjectiveTreeResponse.Node node(Objective objective, Map<ObjectiveId, List<Objective>> children,
            ObjectiveTree tree) {
        return new ObjectiveTreeResponse.Node(ObjectiveResponse.of(objective, tree.editable().contains(objective.id()),
                tree.visibleKpis()),
                ProgressBody.of(tree.progress(objective.id())), tree.pace(objective.id()),
                children.getOrDefault(objective.id(), List.of()).stream()
                        .map(child -> node(child, children, tree)).toList());
    }
}
