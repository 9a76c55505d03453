package dev.waypoint.jira.rest.company;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.company.CompanyChildrenQuery;
import dev.waypoint.app.company.CompanyFilter;
import dev.waypoint.app.company.CompanyKpiTreeQuery;
import dev.waypoint.app.company.CompanyPageQuery;
import dev.waypoint.app.company.CompanySearchQuery;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.objective.ObjectiveLevel;
import dev.waypoint.scoring.GradeBand;
import dev.waypoint.scoring.PaceStatus;
import dev.waypoint.shared.Limits;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@code /rest/waypoint/1.0/company}: the company page (DESIGN §4): the alignment tree of a cycle from the company
 * objectives down to team and individual objectives across projects, expanded one level at a time, its search, and
 * the KPI tree. For every licensed user; each sees only what they may (DESIGN §5), with each objective's progress
 * computed over what they may see. Parses, calls core's read models ({@code dev.waypoint.app.company}), maps.
 */
@Path("/company")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    private final CompanyPageQuery page;
    private final CompanyChildrenQuery children;
    private final CompanySearchQuery search;
    private final CompanyKpiTreeQuery kpiTree;
    private final Clock clock;

    @Inject
    public CompanyResource(CompanyPageQuery page, CompanyChildrenQuery children, CompanySearchQuery search,
            CompanyKpiTreeQuery kpiTree, Clock clock) {
        this.page = page;
        this.children = children;
        this.search = search;
        this.kpiTree = kpiTree;
        this.clock = clock;
    }

    /**
     * The first view: a fixed number of SQL statements whatever the size of the cycle.
     *
     * <ul>
     *   <li>200 {@link CompanyPageResponse}</li>
     *   <li>400 {@code cycle} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such cycle</li>
     * </ul>
     */
    @GET
    @LicensedOnly
    public CompanyPageResponse page(@QueryParam("cycle") String cycle) {
        Params in = new Params(clock);
        Long id = in.optionalId("cycle", cycle);
        in.throwIfAny();
        return CompanyPageResponse.of(page.page(Optional.ofNullable(id).map(CycleId::new)));
    }

    /**
     * The child objectives of {@code parent}, or without it the top-level objectives aligned to no company objective.
     *
     * <ul>
     *   <li>200 a list of {@link CompanyNodeResponse}</li>
     *   <li>400 {@code cycleId} or {@code parent} is not an id</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such cycle, or no objective {@code parent} in it that the caller may see</li>
     * </ul>
     */
    @GET
    @Path("/cycles/{cycleId}/children")
    @LicensedOnly
    public List<CompanyNodeResponse> children(@PathParam("cycleId") String cycleId,
            @QueryParam("parent") String parent) {
        CycleId cycle = new CycleId(Params.requireId("cycleId", cycleId));
        Params in = new Params(clock);
        Long parentId = in.optionalId("parent", parent);
        in.throwIfAny();
        return children.children(cycle, Optional.ofNullable(parentId).map(ObjectiveId::new)).stream()
                .map(CompanyNodeResponse::of).toList();
    }

    /**
     * Objectives of the cycle by title ({@code q}), project, level and status ({@code pace} in an open cycle,
     * {@code band} in a closed one); every parameter is optional.
     *
     * <ul>
     *   <li>200 {@link CompanySearchResponse}</li>
     *   <li>400 a bad parameter, by name</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     *   <li>404 no such cycle</li>
     * </ul>
     */
    @GET
    @Path("/cycles/{cycleId}/search")
    @LicensedOnly
    public CompanySearchResponse search(@PathParam("cycleId") String cycleId, @QueryParam("q") String text,
            @QueryParam("project") String project, @QueryParam("level") String level,
            @QueryParam("pace") String pace, @QueryParam("band") String band) {
        CycleId cycle = new CycleId(Params.requireId("cycleId", cycleId));
        Params in = new Params(clock);
        CompanyFilter filter = new CompanyFilter(in.optionalLine("q", text, Limits.TITLE),
                in.optionalProjectKey("project", project), in.optionalEnum("level", level, ObjectiveLevel.class),
                in.optionalEnum("pace", pace, PaceStatus.class), in.optionalEnum("band", band, GradeBand.class));
        in.throwIfAny();
        return CompanySearchResponse.of(search.search(cycle, filter));
    }

    /**
     * The KPI tree: the KPIs the caller may see under their parents, with latest value, health and each child's share
     * of its composite parent's value.
     *
     * <ul>
     *   <li>200 a list of root {@link KpiTreeResponse}s</li>
     *   <li>401 / 403 nobody logged in / no licence</li>
     * </ul>
     */
    @GET
    @Path("/kpi-tree")
    @LicensedOnly
    public List<KpiTreeResponse> kpiTree() {
        return kpiTree.tree().stream().map(KpiTreeResponse::of).toList();
    }
}
