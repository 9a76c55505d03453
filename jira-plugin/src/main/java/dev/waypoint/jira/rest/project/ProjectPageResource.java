package dev.waypoint.jira.rest.project;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.access.Scope;
import dev.waypoint.cycle.Cycle;
import dev.waypoint.cycle.CycleRepository;
import dev.waypoint.cycle.CycleState;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.objective.OkrGuard;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.progress.CycleOverview;
import dev.waypoint.progress.OkrReadService;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code /rest/waypoint/1.0/projects/{projectKey}/okrs}: the project page's read model in one request (DESIGN §4,
 * §6): all cycles (one query), then {@link OkrReadService#overview} of the chosen one (one bulk load of at most four
 * queries, whatever the number of objectives, key results, check-ins and links), the formats of the KPIs key results
 * are bound to (one query, none without such key results), then pure mapping ({@link ProjectPageModel}). A project
 * the caller may not browse answers 404.
 */
@Path("/projects/{projectKey}/okrs")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectPageResource {

    private final OkrGuard guard;
    private final CycleRepository cycles;
    private final OkrReadService reads;
    private final Clock clock;

    @Inject
    public ProjectPageResource(OkrGuard guard, CycleRepository cycles, OkrReadService reads, Clock clock) {
        this.guard = guard;
        this.cycles = cycles;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * <ul>
     *   <li>200 {@link ProjectPageResponse}</li>
     *   <li>400 {@code projectKey} is not a project key; {@code cycleId} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 the caller may not browse the project (or it does not exist); no such cycle</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public ProjectPageResponse page(@PathParam("projectKey") String projectKey,
            @QueryParam("cycleId") String cycleId) {
        guard.requireLicensed();
        Params in = new Params(clock);
        ProjectKey project = in.projectKey("projectKey", projectKey);
        Long wanted = in.optionalId("cycleId", cycleId);
        in.throwIfAny();
        guard.permissions().requireVisible(guard.viewer(), Scope.project(project), "Project", project);
        List<Cycle> all = cycles.findAll();
        LocalDate today = LocalDate.now(clock);
        Optional<Cycle> selected = wanted == null ? defaultCycle(all, today)
                : Optional.of(all.stream().filter(c -> c.id().value() == wanted).findFirst()
                        .orElseThrow(() -> new NotFoundException("Cycle", wanted)));
        Optional<UserKey> viewer = guard.viewer();
        ProjectPageResponse.Actions actions = new ProjectPageResponse.Actions(
                guard.canEdit(ObjectiveLevel.TEAM, project, viewer.orElse(null)),
                guard.permissions().canManageCycles(viewer));
        if (selected.isEmpty()) {
            return new ProjectPageResponse(project.value(), ProjectPageModel.cycleOptions(all), null, today, null,
                    actions, List.of());
        }
        CycleOverview overview = reads.overview(selected.get(), project);
        ProjectPageModel.Decisions decisions = new ProjectPageModel.Decisions(guard::canView, guard::canEdit,
                guard::canEdit, guard::canCheckIn);
        return new ProjectPageResponse(project.value(), ProjectPageModel.cycleOptions(all),
                selected.get().id().value(), overview.asOf(), overview.expectedProgress(), actions,
                ProjectPageModel.tree(overview, reads.kpiFormats(overview), decisions));
    }

    /**
     * The active cycle containing today (the shortest if several, e.g. a quarter within its year), else the next to
     * start that is not closed, else the one that ended last.
     */
    static Optional<Cycle> defaultCycle(List<Cycle> cycles, LocalDate today) {
        Optional<Cycle> current = cycles.stream()
                .filter(c -> c.state() == CycleState.ACTIVE && c.contains(today))
                .min(Comparator.comparingLong(Cycle::lengthInDays).thenComparing(c -> c.id().value()));
        if (current.isPresent()) {
            return current;
        }
        Optional<Cycle> next = cycles.stream()
                .filter(c -> !c.isClosed() && !c.end().isBefore(today))
                .min(Comparator.comparing(Cycle::start).thenComparing(c -> c.id().value()));
        return next.isPresent() ? next
                : cycles.stream().max(Comparator.comparing(Cycle::end).thenComparing(c -> c.id().value()));
    }
}
