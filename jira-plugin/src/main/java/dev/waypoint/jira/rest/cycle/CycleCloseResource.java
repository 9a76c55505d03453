package dev.waypoint.jira.rest.cycle;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.cycle.ClosePreviewQuery;
import dev.waypoint.app.cycle.ClosingCycle;
import dev.waypoint.closing.CarryOver;
import dev.waypoint.closing.ClosedCycle;
import dev.waypoint.closing.GradeOverride;
import dev.waypoint.closing.GradingPreview;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.Bodies;
import dev.waypoint.jira.rest.objective.ProgressBody;
import dev.waypoint.keyresult.KeyResultId;
import dev.waypoint.objective.Objective;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveState;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /rest/waypoint/1.0/cycles/{id}/close}: the cycle close wizard (DESIGN §3 "Grade at close", §4 company page).
 * For cycle managers only (Jira administrators and the company group). They see, grade and carry over only the
 * objectives and key results they may see (DESIGN §5: project items need Browse Projects, also for admins); the
 * objectives of projects they cannot browse close with their suggested grade.
 */
@Path("/cycles/{id}/close")
@Produces(MediaType.APPLICATION_JSON)
public class CycleCloseResource {

    private final ClosePreviewQuery previews;
    private final ClosingCycle closing;
    private final Clock clock;

    @Inject
    public CycleCloseResource(ClosePreviewQuery previews, ClosingCycle closing, Clock clock) {
        this.previews = previews;
        this.closing = closing;
        this.clock = clock;
    }

    /**
     * Suggested grades and carry-over candidates; with {@code drop} (comma-separated key result ids) the grades of a
     * close that drops them.
     *
     * <ul>
     *   <li>200 {@link ClosePreviewResponse}</li>
     *   <li>400 {@code id} is not an id; {@code drop} names a key result that is not an unfinished one of the
     *       cycle</li>
     *   <li>401 / 403 nobody logged in / may not manage cycles</li>
     *   <li>404 no such cycle</li>
     * </ul>
     */
    @GET
    @Path("/preview")
    @LicensedOnly
    public ClosePreviewResponse preview(@PathParam("id") String id, @QueryParam("drop") String drop) {
        CycleId cycleId = new CycleId(Params.requireId("id", id));
        Params in = new Params(clock);
        List<KeyResultId> dropped = idList(in, "drop", drop);
        in.throwIfAny();
        GradingPreview preview = previews.preview(cycleId, dropped);
        List<Objective> visible = preview.objectives();
        Map<ObjectiveId, Objective> byId = visible.stream()
                .collect(Collectors.toMap(Objective::id, Function.identity()));
        List<ClosePreviewResponse.GradedObjective> objectives = visible.stream()
                .map(o -> new ClosePreviewResponse.GradedObjective(o.id().value(), o.title(), o.level(),
                        o.project() == null ? null : o.project().value(), o.owner() == null ? null : o.owner().value(),
                        o.state(), ProgressBody.of(preview.objectiveProgress().get(o.id())),
                        o.state() == ObjectiveState.ABANDONED ? null : preview.suggestedGrade(o.id()),
                        o.state() != ObjectiveState.ABANDONED))
                .toList();
        List<ClosePreviewResponse.Candidate> candidates = preview.unfinishedKeyResults().stream()
                .filter(k -> byId.containsKey(k.objectiveId()))
                .map(k -> new ClosePreviewResponse.Candidate(k.id().value(), k.title(), k.objectiveId().value(),
                        byId.get(k.objectiveId()).title(), ProgressBody.of(preview.progressOf(k.id())),
                        preview.isDropped(k.id())))
                .toList();
        return new ClosePreviewResponse(preview.cycle().id().value(), preview.cycle().name(), preview.cycle().state(),
                preview.cycle().version(), preview.settings().overrideNoteThreshold(), objectives, candidates,
                preview.settings().greenFrom(), preview.settings().yellowFrom());
    }

    /**
     * Closes the cycle: grades every objective that is not abandoned, closes them and the cycle, and copies the
     * chosen key results, all in one transaction.
     *
     * <ul>
     *   <li>200 {@link CloseResponse}</li>
     *   <li>400 every bad override and carry-over field; {@code version} missing</li>
     *   <li>401 / 403 nobody logged in / may not manage cycles</li>
     *   <li>404 no such cycle or target cycle; an override or key result the caller may not see</li>
     *   <li>409 closed already, or changed since {@code version}</li>
     * </ul>
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public CloseResponse close(@PathParam("id") String id, CloseRequest request) {
        CycleId cycleId = new CycleId(Params.requireId("id", id));
        Params in = new Params(clock);
        in.body(request);
        in.throwIfAny();
        long version = Bodies.version(in, request.version());
        List<GradeOverride> overrides = overrides(in, request.overrides());
        CarryOver carryOver = carryOver(in, request.carryOver());
        List<KeyResultId> dropped = new ArrayList<>();
        List<Long> drop = request.drop() == null ? List.of() : request.drop();
        for (int i = 0; i < drop.size(); i++) {
            dropped.add(Bodies.id(in, "drop[" + i + "]", drop.get(i), KeyResultId::new));
        }
        in.throwIfAny();
        ClosedCycle closed = closing.close(cycleId, version, overrides, carryOver, dropped);
        return new CloseResponse(CycleResponse.of(closed.cycle()),
                closed.graded().stream()
                        .map(o -> new CloseResponse.Graded(o.id().value(), o.title(),
                                o.grade() == null ? null : o.grade().score(),
                                o.grade() == null ? null : o.grade().note()))
                        .toList(),
                closed.carriedOver().stream()
                        .map(k -> new CloseResponse.CarriedOver(k.id().value(), k.title(), k.objectiveId().value()))
                        .toList(),
                closed.dropped().stream()
                        .map(k -> new CloseResponse.Dropped(k.id().value(), k.title(), k.objectiveId().value()))
                        .toList());
    }

    /** Comma-separated ids, e.g. {@code 3,7,12}; blank: none. */
    private static List<KeyResultId> idList(Params in, String field, String raw) {
        List<KeyResultId> ids = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return ids;
        }
        String[] parts = raw.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            Long id = in.id(field + "[" + i + "]", parts[i].strip());
            if (id != null) {
                ids.add(new KeyResultId(id));
            }
        }
        return ids;
    }

    private static List<GradeOverride> overrides(Params in, List<CloseRequest.Override> raw) {
        List<GradeOverride> overrides = new ArrayList<>();
        if (raw == null) {
            return overrides;
        }
        for (int i = 0; i < raw.size(); i++) {
            CloseRequest.Override override = raw.get(i);
            overrides.add(override == null ? null : new GradeOverride(
                    Bodies.optionalId(in, "overrides[" + i + "].objectiveId", override.objectiveId(), ObjectiveId::new),
                    override.grade(), override.note()));
        }
        return overrides;
    }

    private static CarryOver carryOver(Params in, CloseRequest.CarryOver raw) {
        if (raw == null) {
            return null;
        }
        List<KeyResultId> keyResults = new ArrayList<>();
        List<Long> ids = raw.keyResultIds() == null ? List.of() : raw.keyResultIds();
        for (int i = 0; i < ids.size(); i++) {
            keyResults.add(Bodies.id(in, "carryOver.keyResultIds[" + i + "]", ids.get(i), KeyResultId::new));
        }
        return new CarryOver(Bodies.optionalId(in, "carryOver.cycleId", raw.cycleId(), CycleId::new), keyResults);
    }
}
