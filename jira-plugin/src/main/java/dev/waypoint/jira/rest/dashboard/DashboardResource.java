package dev.waypoint.jira.rest.dashboard;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import dev.waypoint.access.Scope;
import dev.waypoint.app.dashboard.AgentWorkload;
import dev.waypoint.app.dashboard.AgentWorkloadQuery;
import dev.waypoint.cycle.CycleId;
import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.kpi.KpiGuard;
import dev.waypoint.jira.rest.kpi.KpiRestMessages;
import dev.waypoint.jira.rest.kpi.KpiValueResponse;
import dev.waypoint.jira.rest.kpi.KpiViews;
import dev.waypoint.jira.rest.kpi.TrendResponse;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiCard;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiReadService;
import dev.waypoint.objective.ObjectiveId;
import dev.waypoint.shared.NotFoundException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code /rest/waypoint/1.0/dashboard/...}: the read models of the dashboard items (DESIGN §4), one request each.
 * They read stored values only, never JQL (DESIGN §6), in a fixed number of queries: the KPI items through
 * {@link KpiReadService#scorecard} (at most 3 reads whatever the number of KPIs), the OKR item through
 * {@link OkrProgressReader}.
 */
@Path("/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    /** Most KPIs one scorecard shows. */
    public static final int MAX_KPIS = 100;
    static final int SCORECARD_DAYS = 30;
    static final int TREND_DAYS = 90;

    private static final Pattern DAYS = Pattern.compile("[1-9][0-9]{0,2}");

    private final KpiGuard guard;
    private final KpiReadService kpis;
    private final OkrProgressReader okrs;
    private final AlignedCycleMarkers markers;
    private final KpiViews views;
    private final AgentWorkloadQuery workloads;

    @Inject
    public DashboardResource(KpiGuard guard, KpiReadService kpis, OkrProgressReader okrs,
            AlignedCycleMarkers markers, KpiViews views, AgentWorkloadQuery workloads) {
        this.guard = guard;
        this.kpis = kpis;
        this.okrs = okrs;
        this.markers = markers;
        this.views = views;
        this.workloads = workloads;
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
        guard.requireLicensed();
        Params in = guard.params();
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
            guard.permissions().requireView(guard.viewer(), Scope.COMPANY);
            return okrs.company(new CycleId(cycleId));
        }
        guard.permissions().requireView(guard.viewer(), Scope.project(projectKey));
        return okrs.project(projectKey, cycleId == null ? null : new CycleId(cycleId));
    }

    /**
     * "KPI scorecard": the chosen KPIs ({@code kpis=1,2,3}, at most 100, shown in that order), every KPI of a
     * project ({@code project}) or every KPI the caller may see ({@code all=true}, the first 100 by id), each with its
     * latest value, health, trend and the values of the last {@code days} days (default 30, at most 366) for a
     * sparkline. KPIs the caller may not see are left out (listed as {@code missing} when chosen by id).
     *
     * <ul>
     *   <li>200 {@link ScorecardResponse}</li>
     *   <li>400 not exactly one of {@code kpis}, {@code project} and {@code all=true}; a malformed id, project,
     *       {@code all} or {@code days}</li>
     *   <li>401 not logged in; 403 no licence, or may not see the project</li>
     * </ul>
     */
    @GET
    @Path("/kpi-scorecard")
    @LicensedOnly
    public ScorecardResponse kpiScorecard(@QueryParam("kpis") String kpiIds, @QueryParam("project") String project,
            @QueryParam("all") String all, @QueryParam("days") String days) {
        UserKey viewer = guard.requireLicensed();
        Params in = guard.params();
        ProjectKey projectKey = in.optionalProjectKey("project", project);
        List<KpiId> ids = kpiIds == null ? null : ids(in, kpiIds);
        boolean every = all(in, all);
        int period = days(in, days, SCORECARD_DAYS);
        if ((kpiIds != null ? 1 : 0) + (project != null ? 1 : 0) + (every ? 1 : 0) != 1) {
            in.add(KpiRestMessages.error("kpis", KpiRestMessages.KPIS_OR_PROJECT));
        }
        in.throwIfAny();
        if (projectKey != null) {
            guard.permissions().requireView(guard.viewer(), Scope.project(projectKey));
            ids = kpis.list(viewer).stream().filter(k -> projectKey.equals(k.project())).map(Kpi::id).toList();
        } else if (every) {
            ids = kpis.list(viewer).stream().limit(MAX_KPIS).map(Kpi::id).toList();
        }
        List<KpiCard> cards = kpis.scorecard(viewer, ids, period);
        Set<KpiId> shown = new LinkedHashSet<>(cards.stream().map(c -> c.kpi().id()).toList());
        return new ScorecardResponse(
                cards.stream().map(c -> new ScorecardResponse.Card(KpiSummary.of(c.kpi()), views.latest(c),
                        c.health(), TrendResponse.of(c.trend()), c.history().stream().map(PointJson::of).toList()))
                        .toList(),
                ids.stream().filter(id -> !shown.contains(id)).distinct().map(KpiId::value).toList());
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
        UserKey viewer = guard.requireLicensed();
        Params in = guard.params();
        Long id = in.id("kpi", kpi);
        int period = days(in, days, TREND_DAYS);
        in.throwIfAny();
        KpiCard card = card(viewer, new KpiId(id), period);
        Kpi k = card.kpi();
        LocalDate to = LocalDate.now(guard.clock());
        LocalDate from = to.minusDays(period);
        return new KpiTrendResponse(KpiSummary.of(k),
                new KpiTrendResponse.Bands(k.direction(), k.target(), k.warning()), views.latest(card),
                card.health(), TrendResponse.of(card.trend()), from, to,
                card.history().stream().map(PointJson::of).toList(), markers.of(k.id(), from, to));
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
        Params in = guard.params();
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

    private KpiCard card(UserKey viewer, KpiId id, int days) {
        List<KpiCard> cards = kpis.scorecard(viewer, List.of(id), days);
        if (cards.isEmpty()) {
            throw new NotFoundException("KPI", id);
        }
        return cards.get(0);
    }

    /** Comma-separated KPI ids, at most {@link #MAX_KPIS}. */
    private static List<KpiId> ids(Params in, String raw) {
        String[] parts = raw.split(",", -1);
        if (parts.length > MAX_KPIS) {
            in.add(KpiRestMessages.error("kpis", KpiRestMessages.IDS_TOO_MANY, MAX_KPIS, parts.length));
            return List.of();
        }
        List<KpiId> ids = new ArrayList<>();
        for (String part : parts) {
            Long id = in.id("kpis", part.strip());
            if (id == null) {
                return List.of();
            }
            ids.add(new KpiId(id));
        }
        return ids;
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

    /** A whole number of days from 1 to {@link KpiReadService#MAX_DAYS}, or {@code fallback} when not given. */
    private static int days(Params in, String raw, int fallback) {
        if (raw == null) {
            return fallback;
        }
        if (DAYS.matcher(raw).matches() && Integer.parseInt(raw) <= KpiReadService.MAX_DAYS) {
            return Integer.parseInt(raw);
        }
        in.add(KpiRestMessages.error("days", KpiRestMessages.DAYS_OUT_OF_RANGE, KpiReadService.MAX_DAYS,
                raw.length() <= 50 ? raw : raw.substring(0, 47) + "..."));
        return fallback;
    }
}
