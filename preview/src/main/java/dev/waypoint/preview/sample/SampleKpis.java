package dev.waypoint.preview.sample;

import dev.waypoint.kpi.AgentSelection;
import dev.waypoint.kpi.CompositeAggregation;
import dev.waypoint.kpi.CompositeChild;
import dev.waypoint.kpi.DurationStatistic;
import dev.waypoint.kpi.Kpi;
import dev.waypoint.kpi.KpiDefinition;
import dev.waypoint.kpi.KpiDirection;
import dev.waypoint.kpi.KpiFormat;
import dev.waypoint.kpi.KpiId;
import dev.waypoint.kpi.KpiService;
import dev.waypoint.kpi.KpiSource;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample's seventeen KPIs, created through {@link KpiService} (so every JQL is validated by the sample search as
 * its owner), covering every source: JQL count, JQL ratio, per agent (group, project role and assignees), duration
 * (median, P90, mean), manual and composite (weighted average, sum, average), with a KPI tree. Their bands are set so
 * that on the sample's history some end GREEN, some AMBER and some RED.
 */
final class SampleKpis {

    static final String OPEN_PER_AGENT = "sup.openPerAgent";
    static final String INCIDENTS_PER_AGENT = "sup.incidentsPerAgent";
    static final String IN_PROGRESS_PER_AGENT = "sup.inProgressPerAgent";
    static final String FIRST_CONTACT = "sup.firstContact";
    static final String MEDIAN_RESOLUTION = "sup.medianResolution";
    static final String P90_RESOLUTION = "sup.p90Resolution";
    static final String INCIDENT_RESOLUTION = "sup.incidentResolution";
    static final String BACKLOG = "sup.backlog";
    static final String UNASSIGNED = "sup.unassigned";
    static final String CSAT = "sup.csat";
    static final String QUALITY = "sup.quality";
    static final String ESCAPED_BUGS = "app.escapedBugs";
    static final String APP_OPEN_BUGS = "app.openBugs";
    static final String CRASH_FREE = "app.crashFree";
    static final String WEB_OPEN_BUGS = "web.openBugs";
    static final String PRODUCT_BUGS = "company.productBugs";
    static final String EXPERIENCE = "company.experience";

    private static final String OPEN_SUP = "project = SUP AND statusCategory != Done";
    private static final String RESOLVED_SUP = "project = SUP AND resolved >= -30d";
    private static final double HOUR = 3600;
    private static final double DAY = 24 * HOUR;

    private static final UserKey LEAD = new UserKey(SamplePeople.LEAD);
    private static final UserKey ADMIN = new UserKey(SamplePeople.ADMIN);

    private final KpiService kpis;
    private final Map<String, Kpi> created = new LinkedHashMap<>();

    private SampleKpis(KpiService kpis) {
        this.kpis = kpis;
    }

    static KpiHandles create(KpiService kpis) {
        return new SampleKpis(kpis).all();
    }

    private KpiHandles all() {
        support();
        product();
        company();
        return new KpiHandles(created);
    }

    private void support() {
        ProjectKey sup = SampleProjects.SUP;
        add(OPEN_PER_AGENT, def("Open tickets per agent", "Open service-desk tickets divided by the eight agents of"
                + " the support-agents group, with one row per agent.", "tickets", KpiFormat.NUMBER,
                KpiDirection.LOWER_IS_BETTER, 10.0, 14.0, LEAD, sup,
                new KpiSource.PerAgent(OPEN_SUP, new AgentSelection.Group(SamplePeople.AGENTS_GROUP))));
        add(INCIDENTS_PER_AGENT, def("Open incidents per agent", "Open incidents per member of the Service Desk"
                + " Team role.", "incidents", KpiFormat.NUMBER, KpiDirection.LOWER_IS_BETTER, 6.0, 8.0, LEAD, sup,
                new KpiSource.PerAgent("project = SUP AND issuetype = Incident AND statusCategory != Done",
                        new AgentSelection.ProjectRole(sup, SamplePeople.SERVICE_DESK_ROLE))));
        add(IN_PROGRESS_PER_AGENT, def("Tickets in progress per active agent", "Tickets in progress divided by the"
                + " agents who hold any.", "tickets", KpiFormat.NUMBER, KpiDirection.LOWER_IS_BETTER, 15.0, 20.0,
                LEAD, sup, new KpiSource.PerAgent("project = SUP AND statusCategory = \"In Progress\"",
                        new AgentSelection.Assignees())));
        add(FIRST_CONTACT, def("First-contact resolution rate", "Share of the tickets resolved in the last 30 days"
                + " that were resolved on first contact.", null, KpiFormat.PERCENT, KpiDirection.HIGHER_IS_BETTER,
                0.55, 0.45, LEAD, sup, new KpiSource.JqlRatio(
                        "project = SUP AND labels = \"first-contact\" AND resolved >= -30d", RESOLVED_SUP)));
        add(MEDIAN_RESOLUTION, def("Median resolution time", "Median time from creation to resolution of the"
                + " tickets resolved in the last 30 days.", null, KpiFormat.DURATION, KpiDirection.LOWER_IS_BETTER,
                12 * HOUR, 24 * HOUR, LEAD, sup, duration(RESOLVED_SUP, DurationStatistic.MEDIAN)));
        add(P90_RESOLUTION, def("90th percentile resolution time", "Nine in ten tickets resolved in the last 30 days"
                + " were resolved within this time.", null, KpiFormat.DURATION, KpiDirection.LOWER_IS_BETTER,
                7 * DAY, 14 * DAY, LEAD, sup, duration(RESOLVED_SUP, DurationStatistic.P90)));
        add(INCIDENT_RESOLUTION, def("Mean time to resolve incidents", "Average time from creation to resolution of"
                + " the incidents resolved in the last 30 days.", null, KpiFormat.DURATION,
                KpiDirection.LOWER_IS_BETTER, 2 * DAY, 3 * DAY, LEAD, sup, duration(
                        "project = SUP AND issuetype = Incident AND resolved >= -30d", DurationStatistic.MEAN)));
        add(BACKLOG, def("Support backlog", "Open service-desk tickets.", "tickets", KpiFormat.NUMBER,
                KpiDirection.LOWER_IS_BETTER, 80.0, 120.0, LEAD, sup, new KpiSource.JqlCount(OPEN_SUP)));
        add(UNASSIGNED, def("Unassigned tickets", "Open tickets nobody has picked up yet.", "tickets",
                KpiFormat.NUMBER, KpiDirection.LOWER_IS_BETTER, 5.0, 10.0, LEAD, sup,
                new KpiSource.JqlCount(OPEN_SUP + " AND assignee is EMPTY")));
        add(CSAT, def("Customer satisfaction (CSAT)", "Share of satisfied answers in the weekly customer survey,"
                + " entered by the team lead.", null, KpiFormat.PERCENT, KpiDirection.HIGHER_IS_BETTER, 0.9, 0.85,
                LEAD, sup, new KpiSource.Manual()));
        add(QUALITY, def("Support quality index", "First-contact resolution and customer satisfaction combined;"
                + " satisfaction counts twice.", null, KpiFormat.PERCENT, KpiDirection.HIGHER_IS_BETTER, 0.75, 0.65,
                LEAD, sup, new KpiSource.Composite(CompositeAggregation.WEIGHTED_AVERAGE, List.of(
                        new CompositeChild(id(FIRST_CONTACT), 1), new CompositeChild(id(CSAT), 2)))));
        reparent(FIRST_CONTACT, QUALITY);
        reparent(CSAT, QUALITY);
    }

    private void product() {
        add(ESCAPED_BUGS, def("Bugs reported in the last 30 days", "Bugs of the mobile app reported in the last"
                + " 30 days.", "bugs", KpiFormat.NUMBER, KpiDirection.LOWER_IS_BETTER, 25.0, 35.0, LEAD,
                SampleProjects.APP, new KpiSource.JqlCount("project = APP AND issuetype = Bug AND created >= -30d")));
        add(APP_OPEN_BUGS, def("Open bugs (mobile app)", null, "bugs", KpiFormat.NUMBER,
                KpiDirection.LOWER_IS_BETTER, 8.0, 12.0, LEAD, SampleProjects.APP,
                new KpiSource.JqlCount("project = APP AND issuetype = Bug AND statusCategory != Done")));
        add(CRASH_FREE, def("Crash-free sessions", "Share of app sessions without a crash, from the crash"
                + " reporter, entered daily.", null, KpiFormat.PERCENT, KpiDirection.HIGHER_IS_BETTER, 0.995, 0.99,
                LEAD, SampleProjects.APP, new KpiSource.Manual()));
        add(WEB_OPEN_BUGS, def("Open bugs (web platform)", null, "bugs", KpiFormat.NUMBER,
                KpiDirection.LOWER_IS_BETTER, 6.0, 10.0, LEAD, SampleProjects.WEB,
                new KpiSource.JqlCount("project = WEB AND issuetype = Bug AND statusCategory != Done")));
    }

    private void company() {
        add(PRODUCT_BUGS, def("Open product bugs", "Open bugs of the mobile app and the web platform.", "bugs",
                KpiFormat.NUMBER, KpiDirection.LOWER_IS_BETTER, 12.0, 20.0, ADMIN, null,
                new KpiSource.Composite(CompositeAggregation.SUM, List.of(CompositeChild.of(id(APP_OPEN_BUGS)),
                        CompositeChild.of(id(WEB_OPEN_BUGS))))));
        reparent(APP_OPEN_BUGS, PRODUCT_BUGS);
        reparent(WEB_OPEN_BUGS, PRODUCT_BUGS);
        add(EXPERIENCE, def("Customer experience", "Customer satisfaction and crash-free sessions, averaged.", null,
                KpiFormat.PERCENT, KpiDirection.HIGHER_IS_BETTER, 0.95, 0.9, ADMIN, null,
                new KpiSource.Composite(CompositeAggregation.AVERAGE, List.of(CompositeChild.of(id(CSAT)),
                        CompositeChild.of(id(CRASH_FREE))))));
        reparent(QUALITY, EXPERIENCE);
        reparent(CRASH_FREE, EXPERIENCE);
    }

    /**
     * Makes the target of "bugs reported in the last 30 days" more ambitious (25 to 20), as a lead would without
     * aligning an objective: the insight "target raised without an OKR".
     */
    static void raiseEscapedBugsTarget(KpiService kpis, KpiHandles handles) {
        Kpi kpi = handles.kpi(ESCAPED_BUGS);
        kpis.update(kpi.owner(), kpi.id(), kpi.version(), new KpiDefinition(kpi.name(), kpi.description(), kpi.unit(),
                kpi.format(), kpi.direction(), 20.0, 30.0, kpi.owner(), kpi.project(), kpi.parentId(),
                kpi.refreshMinutes(), kpi.source()));
    }

    private static KpiSource duration(String jql, DurationStatistic statistic) {
        return new KpiSource.Duration(jql, "created", "resolutiondate", statistic,
                KpiSource.Duration.DEFAULT_SAMPLE_CAP);
    }

    private static KpiDefinition def(String name, String description, String unit, KpiFormat format,
            KpiDirection direction, double target, double warning, UserKey owner, ProjectKey project,
            KpiSource source) {
        return new KpiDefinition(name, description, unit, format, direction, target, warning, owner, project, null,
                null, source);
    }

    private void add(String handle, KpiDefinition definition) {
        created.put(handle, kpis.create(definition.owner(), definition));
    }

    /** Places a KPI under a parent of the KPI tree (an update, as a user would make it once the parent exists). */
    private void reparent(String child, String parent) {
        Kpi kpi = created.get(child);
        KpiDefinition moved = new KpiDefinition(kpi.name(), kpi.description(), kpi.unit(), kpi.format(),
                kpi.direction(), kpi.target(), kpi.warning(), kpi.owner(), kpi.project(), id(parent),
                kpi.refreshMinutes(), kpi.source());
        created.put(child, kpis.update(kpi.owner(), kpi.id(), kpi.version(), moved));
    }

    private KpiId id(String handle) {
        return created.get(handle).id();
    }
}
