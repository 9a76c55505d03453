package dev.waypoint.jira.rest.page;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.page.KpiListQuery;
import dev.waypoint.app.page.KpiPageQuery;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.Translator;
import dev.waypoint.jira.rest.kpi.DaysParam;
import dev.waypoint.jira.rest.kpi.KpiViews;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.shared.ProjectKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/**
 * {@code /rest/waypoint/1.0/kpi-pages}: the read models of the KPI pages (DESIGN §4 "KPI pages"), one request each:
 * a project's KPIs or the directory of every KPI, and a KPI's page. Parses, calls core's use cases
 * ({@code dev.waypoint.app.page}), which decide who sees what (DESIGN §5), and maps. Stored values only, never JQL.
 */
@Path("/kpi-pages")
@Produces(MediaType.APPLICATION_JSON)
public class KpiPageResource {

    private final KpiListQuery lists;
    private final KpiPageQuery pages;
    private final KpiViews views;
    private final Translator translator;
    private final Clock clock;

    @Inject
    public KpiPageResource(KpiListQuery lists, KpiPageQuery pages, KpiViews views, Translator translator,
            Clock clock) {
        this.lists = lists;
        this.pages = pages;
        this.views = views;
        this.translator = translator;
        this.clock = clock;
    }

    /**
     * A project's KPIs ({@code project}), or without it the directory of every KPI the caller may see, each with its
     * latest value, health, trend, 30 days of values, owner's name, the queries behind its value and whether the caller
     * may manage it; and where the caller may create a KPI.
     *
     * <ul>
     *   <li>200 {@link KpiListResponse}</li>
     *   <li>400 {@code project} is not a project key</li>
     *   <li>401 not logged in; 403 no licence, or may not see the project</li>
     * </ul>
     */
    @GET
    @Path("/kpis")
    @LicensedOnly
    public KpiListResponse list(@QueryParam("project") String project) {
        Params in = new Params(clock);
        ProjectKey key = in.optionalProjectKey("project", project);
        in.throwIfAny();
        return KpiListResponse.of(lists.list(key), views);
    }

    /**
     * A KPI's page with the values of the last {@code days} days (1 to 366, default 90) or of a {@code cycle}.
     *
     * <ul>
     *   <li>200 {@link KpiPageResponse}</li>
     *   <li>400 {@code id}, {@code days} or {@code cycle} malformed, {@code days} out of range, or both given</li>
     *   <li>401 / 403 not logged in / no licence</li>
     *   <li>404 no such KPI (or the caller may not see it), no such cycle</li>
     * </ul>
     */
    @GET
    @Path("/kpis/{id}")
    @LicensedOnly
    public KpiPageResponse page(@PathParam("id") String id, @QueryParam("days") String days,
            @QueryParam("cycle") String cycle) {
        KpiId kpiId = new KpiId(Params.requireId("id", id));
        Params in = new Params(clock);
        Integer period = DaysParam.parse(in, days);
        Long cycleId = in.optionalId("cycle", cycle);
        in.throwIfAny();
        return KpiPageResponse.of(pages.page(kpiId, period, cycleId == null ? null : new CycleId(cycleId)), views,
                translator);
    }
}
