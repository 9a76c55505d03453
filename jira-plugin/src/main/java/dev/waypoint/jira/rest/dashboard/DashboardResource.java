package dev.waypoint.jira.rest.dashboard;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.app.alignment.MarkedTrend;
import dev.waypoint.app.alignment.MarkedTrendQuery;
import dev.waypoint.app.dashboard.AgentWorkload;
import dev.waypoint.app.dashboard.AgentWorkloadQuery;
import dev.waypoint.app.kpi.KpiScorecard;
import dev.waypoint.app.kpi.KpiScorecardQuery;
import dev.waypoint.app.kpi.KpiTrendChart;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.kpi.DaysParam;
import dev.waypoint.jira.rest.kpi.KpiRestMessages;
import dev.waypoint.jira.rest.kpi.KpiValueResponse;
import dev.waypoint.jira.rest.kpi.KpiViews;
import dev.waypoint.jira.rest.kpi.TrendResponse;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.ProjectKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code /rest/waypoint/1.0/dashboard/...}: the read models of the dashboard items (DESIGN §4), one request each.
 * They read stored values only, never JQL (DESIGN §6), in a fixed number of queries: the KPI items through core's use
 * cases ({@link KpiScorecardQuery}, {@link MarkedTrendQuery}, {@link AgentWorkloadQuery}: at most 3 reads whatever the
 * number of KPIs), the OKR item through {@link OkrProgressReader}.
 */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    /** Most KPIs one scorecard shows. */
    public static final int MAX_KPIS = KpiScorecardQuery.MAX_KPIS;
    static final int SCORECARD_DAYS = 30;
    static final int TREND_DAYS = 90;

    private final Clock clock;
    private final OkrProgressReader okrs;
    private final KpiScorecardQuery scorecards;
    private final MarkedTrendQuery trends;
    private final AgentWorkloadQuery workloads;
    private final KpiViews views;

    @Inject
    public DashboardResource(Clock clock, OkrProgressReader okrs, KpiScorecardQuery scorecards,
            MarkedTrendQuery trends, AgentWorkloadQuery workloads, KpiViews views) {
        this.clock = Objects.requireNonNull(clock, "'clock' must not be null");
        this.okrs = Objects.requireNonNull(okrs, "'okrs' must not be null");
        this.scorecards = Objects.requireNonNull(scorecards, "'scorecards' must not be null");
        this.trends = Objects.requireNonNull(trends, "'trends' must not be null");
        this.workloads = Objects.requireNonNull(workloads, "'workloads' must not be null");
        this.views = Objects.requireNonNull(views, "'views' must not be null");
    }

    /**
     * "OKR progress": a project's objectives of a cycle ({@code project}, optionally {@code cycle}; by default the
     * current cycle), the company picture of a cycle ({@code cycle} alone) or one objective with the objectives
     * aligned below it ({@code objective} alone).
     *
     * <ul>
     *   <li>200 {@link OkrProgressResponse}</li>
     *   <li>400 none or a wrong combination of the parameters, or one malformed</li>
     *   <li>401 not logged in; 403 no licence, or may not see the project</li>
     *   <li>404 no such cycle; no such objective, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/okr-progress")
    @LicensedOnly
    public OkrProgressResponse okrProgress(@QueryParam("project") String project, @QueryParam("cycle") String cycle,
            @QueryParam("objective") String objective) {
        Params in = new Params(clock);
        ProjectKey projectKey = in.optionalProjectKey("project", project);
        Long cycleId = in.optionalId("cycle", cycle);
        Long objectiveId = in.optionalId("objective", objective);
        in.throwIfAny();
        if (objectiveId != null ? projectKey != null || cycleId != null : projectKey == null && cycleId == null) {
            throw KpiRestMessages.CATALOG.invalid(objectiveId != null ? "objective" : "project",
                    KpiRestMessages.OKR_SCOPE);
        }
        if (objectiveId != null) {
            return okrs.objective(new ObjectiveId(objectiveId));
        }
        if (projectKey == null) {
            return okrs.company(new CycleId(cycleId));
        }
        return okrs.project(projectKey, cycleId == null ? null : new CycleId(cycleId));
    }

    /**
     * "KPI scorecard": the chosen KPIs ({@code kpis=1,2,3}, at most 100, shown in that order) or every KPI of a
     * project ({@code project}), each with its latest value, health, trend and the values of the last {@code days}
     * days (default 30, at most 366) for a sparkline. KPIs the caller may not see are left out (listed as
     * {@code missing} when chosen by id).
     *
     * <ul>
     *   <li>200 {@link ScorecardResponse}</li>
     *   <li>400 not exactly one of {@code kpis}, {@code project} and {@code all=true}; a malformed id, project,
     *       {@code all} or {@code days}; more than 100 KPIs</li>
     *   <li>401 not logged in; 403 no licence, or may not see the project</li>
     * </ul>
     */
    @GET
    @Path("/kpi-scorecard")
    @LicensedOnly
    public ScorecardResponse kpiScorecard(@QueryParam("kpis") String kpiIds, @QueryParam("project") String project,
            @QueryParam("all") String all, @QueryParam("days") String days) {
        Params in = new Params(clock);
        ProjectKey projectKey = in.optionalProjectKey("project", project);
        List<KpiId> ids = kpiIds == null ? null : ids(in, kpiIds);
        boolean every = all(in, all);
        int period = days(in, days, SCORECARD_DAYS);
        if ((kpiIds != null ? 1 : 0) + (project != null ? 1 : 0) + (every ? 1 : 0) != 1) {
            in.add(KpiRestMessages.error("kpis", KpiRestMessages.KPIS_OR_PROJECT));
        }
        in.throwIfAny();
        KpiScorecard scorecard = projectKey != null ? scorecards.ofProject(projectKey, period)
                : every ? scorecards.ofAll(period) : scorecards.ofKpis(ids, period);
        return new ScorecardResponse(
                scorecard.cards().stream().map(c -> new ScorecardResponse.Card(KpiSummary.of(c.kpi()),
                        views.latest(c), c.health(), TrendResponse.of(c.trend()),
                        c.history().stream().map(PointJson::of).toList())).toList(),
                scorecard.missing().stream().map(KpiId::value).toList());
    }

    /**
     * "KPI trend": one KPI's values of the last {@code days} days (default 90, at most 366) with its bands, and the
     * cycles of the objectives aligned to it marked.
     *
     * <ul>
     *   <li>200 {@link KpiTrendResponse}</li>
     *   <li>400 {@code kpi} missing or malformed, {@code days} out of range</li>
     *   <li>401 / 403 not logged in / no licence</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/kpi-trend")
    @LicensedOnly
    public KpiTrendResponse kpiTrend(@QueryParam("kpi") String kpi, @QueryParam("days") String days) {
        Params in = new Params(clock);
        Long id = in.id("kpi", kpi);
        int period = days(in, days, TREND_DAYS);
        in.throwIfAny();
        MarkedTrend marked = trends.trend(new KpiId(id), period);
        KpiTrendChart chart = marked.chart();
        KpiCard card = chart.card();
        Kpi k = card.kpi();
        return new KpiTrendResponse(KpiSummary.of(k),
                new KpiTrendResponse.Bands(k.direction(), k.target(), k.warning()), views.latest(card),
                card.health(), TrendResponse.of(card.trend()), chart.from(), chart.to(),
                card.history().stream().map(PointJson::of).toList(),
                marked.cycles().stream().map(KpiTrendResponse.CycleMarker::of).toList());
    }

    /**
     * "Agent workload": the latest breakdown of a PER_AGENT KPI, one row per agent with its own health, name and the
     * query of the issues behind its count ({@link AgentWorkloadQuery}).
     *
     * <ul>
     *   <li>200 {@link AgentWorkloadResponse}</li>
     *   <li>400 {@code kpi} missing or malformed, or not a PER_AGENT KPI</li>
     *   <li>401 / 403 not logged in / no licence</li>
     *   <li>404 no such KPI, or the caller may not see it</li>
     * </ul>
     */
    @GET
    @Path("/agent-workload")
    @LicensedOnly
    public AgentWorkloadResponse agentWorkload(@QueryParam("kpi") String kpi) {
        Params in = new Params(clock);
        Long id = in.id("kpi", kpi);
        in.throwIfAny();
        AgentWorkload workload = workloads.workload(new KpiId(id));
        Kpi k = workload.kpi();
        KpiValueResponse latest = views.value(workload.latest(), k.bands());
        return new AgentWorkloadResponse(KpiSummary.of(k),
                new KpiTrendResponse.Bands(k.direction(), k.target(), k.warning()),
                latest == null ? null : latest.at(), latest == null ? null : latest.value(), workload.health(),
                workload.agents().stream().map(WorkloadAgentResponse::of).toList(),
                latest == null ? null : latest.error());
    }

    /** Comma-separated KPI ids (how many is core's rule). */
    private static List<KpiId> ids(Params in, String raw) {
        List<KpiId> ids = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            Long id = in.id("kpis", part.strip());
            if (id == null) {
                return List.of();
            }
            ids.add(new KpiId(id));
        }
        return ids;
    }

    /** A whole number of days, or {@code fallback} when not given; core checks its range. */
    private static int days(Params in, String raw, int fallback) {
        Integer days = DaysParam.parse(in, raw);
        return days == null ? fallback : days;
    }

    /** {@code all=true} (or {@code false}); anything else is a field error. */
    private static boolean all(Params in, String raw) {
        if (raw == null || "false".equals(raw)) {
            return false;
        }
        if ("true".equals(raw)) {
            return true;
        }
        in.add(KpiRestMessages.error("all", KpiRestMessages.ALL_FLAG,
                raw.length() <= 50 ? raw : raw.substring(0, 47) + "..."));
        return false;
    }
}
