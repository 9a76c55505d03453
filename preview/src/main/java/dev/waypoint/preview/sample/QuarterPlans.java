package dev.waypoint.preview.sample;

import static dev.waypoint.preview.sample.KeyResultPlan.fromJql;
import static dev.waypoint.preview.sample.KeyResultPlan.fromKpi;
import static dev.waypoint.preview.sample.KeyResultPlan.issues;
import static dev.waypoint.preview.sample.KeyResultPlan.manual;
import static dev.waypoint.preview.sample.ValuePlan.NEVER;
import static dev.waypoint.preview.sample.ValuePlan.milestones;
import static dev.waypoint.preview.sample.ValuePlan.numbers;

import dev.waypoint.keyresult.IssuesMode;
import dev.waypoint.keyresult.IssuesScope;
import dev.waypoint.keyresult.Judgement;
import dev.waypoint.keyresult.MeasureSpec;
import dev.waypoint.keyresult.MilestoneSpec;
import dev.waypoint.objective.Commitment;
import dev.waypoint.objective.ObjectiveKind;
import dev.waypoint.objective.ObjectiveLevel;
import java.util.Arrays;
import java.util.List;

/**
 * The OKRs of the sample's three quarters: 12 objectives (company and team, aligned company to team) with 39 key
 * results covering every measure (METRIC, THRESHOLD with each judgement, MILESTONE plain and with a checklist, ISSUES
 * in each mode, LIVE and FROZEN) and every value source (manual, KPI, JQL). "Keep first-contact resolution at 50% or
 * more" is bound to the same KPI in all three quarters: business as usual. A key result without owner, an ISSUES key
 * result without links, unestimated stories and an owner who stopped checking in give the data-quality insights.
 */
final class QuarterPlans {

    static final String SUP = "SUP";
    static final String APP = "APP";
    static final String WEB = "WEB";
    static final String LEAD = SamplePeople.LEAD;
    static final String ADMIN = SamplePeople.ADMIN;
    static final String AGENT = SamplePeople.PREVIEW_AGENT;
    static final String FIRST_CONTACT_TITLE = "Keep first-contact resolution at 50% or more";
    /** The key result of the previous quarter that is carried over into the current one when its cycle closes. */
    static final String CARRIED_OVER = "Run 12 user interviews";

    private static final double HOUR = 3600;
    private static final String SUPPORT_STORY = "Tickets pile up in the busy season and customers notice. This quarter"
            + " the service desk gets its backlog and its resolution times back under control without losing the"
            + " friendliness customers value.";
    private static final String MOBILE_STORY = "The new onboarding and in-app chat should make the app the place"
            + " customers start from. Aspirational: 0.7 is a good result.";
    private static final String UNASSIGNED_JQL = "project = SUP AND statusCategory != Done AND assignee is EMPTY";

    private QuarterPlans() {
    }

    /** Two quarters ago: two team objectives. */
    static List<ObjectivePlan> oldest() {
        return List.of(
                team("q2.desk", SUP, null, "Build a reliable service desk", ObjectiveKind.BUILD, List.of(),
                        fromKpi(FIRST_CONTACT_TITLE, LEAD, null, threshold(0.5, null, 0.1, Judgement.LATEST),
                                SampleKpis.FIRST_CONTACT),
                        manual("Set up the on-call rota", LEAD, null, MeasureSpec.milestone(), milestones(7, 5)),
                        manual("Answer 95% of tickets within a day", AGENT, "%", MeasureSpec.metric(80.0, 95.0),
                                numbers(80, 93, 1, 7))),
                team("q2.app", APP, null, "Lay the foundations of the mobile app", ObjectiveKind.BUILD, List.of(),
                        manual("Release version 2.0", LEAD, null, checklist("Beta", "Release candidate",
                                "Store release"), milestones(8, 4, 8, 11)),
                        manual("Cut the crash rate to 1%", LEAD, "%", MeasureSpec.metric(3.0, 1.0),
                                numbers(3.0, 1.3, 0.1, 6))));
    }

    /** The previous quarter: a company objective and three team objectives. */
    static List<ObjectivePlan> previous() {
        return List.of(
                company("q1.effortless", "Make support effortless", null, ObjectiveKind.IMPROVE,
                        Commitment.COMMITTED, List.of(SampleKpis.CSAT),
                        fromKpi("Raise customer satisfaction to 94%", LEAD, null, MeasureSpec.metric(0.88, 0.94),
                                SampleKpis.CSAT),
                        manual("Launch the self-service help centre", LEAD, null, checklist("Choose the tool",
                                "Write 30 articles", "Go live"), milestones(7, 2, 8, 12)),
                        manual("Publish a public status page", ADMIN, null, MeasureSpec.milestone(),
                                milestones(8, 6))),
                team("q1.desk", SUP, "q1.effortless", "Stabilise the service desk", ObjectiveKind.IMPROVE,
                        List.of(SampleKpis.FIRST_CONTACT),
                        fromKpi(FIRST_CONTACT_TITLE, LEAD, null, threshold(0.5, null, 0.1, Judgement.AVERAGE),
                                SampleKpis.FIRST_CONTACT),
                        fromJql("Cut the unassigned queue to 3 tickets", LEAD, "tickets",
                                MeasureSpec.metric(8.0, 3.0), UNASSIGNED_JQL),
                        manual("Hire and onboard two agents", LEAD, null, checklist("Hire the first agent",
                                "Hire the second agent", "Onboard both"), milestones(6, 4, NEVER, NEVER)),
                        fromKpi("Bring the median resolution time under 4 hours", LEAD, "s",
                                MeasureSpec.metric(6 * HOUR, 4 * HOUR), SampleKpis.MEDIAN_RESOLUTION)),
                team("q1.onboarding", APP, "q1.effortless", "Prepare the onboarding redesign",
                        ObjectiveKind.INNOVATE, List.of(),
                        issues("Finish the onboarding research epic", LEAD,
                                MeasureSpec.issues(IssuesMode.COUNT, IssuesScope.LIVE, null), "APP.research"),
                        manual(CARRIED_OVER, LEAD, "interviews", MeasureSpec.metric(0.0, 12.0),
                                numbers(0, 9, 0.4, 6).whole()),
                        manual("Ship the onboarding prototype", LEAD, null, MeasureSpec.milestone(),
                                milestones(6, NEVER))),
                team("q1.web", WEB, null, "Harden the web platform", ObjectiveKind.IMPROVE, List.of(),
                        issues("Close the security audit findings", LEAD,
                                MeasureSpec.issues(IssuesMode.STATUS_CATEGORY, IssuesScope.LIVE, null),
                                "WEB.security"),
                        manual("Keep the error rate below 1%", LEAD, "%", threshold(null, 1.0, 0.5, Judgement.WORST),
                                numbers(0.8, 1.1, 0.2, 7))));
    }

    /** The current quarter: two company objectives, each with team objectives aligned to it. */
    static List<ObjectivePlan> current() {
        return List.of(
                company("q0.support", "Delight customers with fast, friendly support", SUPPORT_STORY,
                        ObjectiveKind.IMPROVE, Commitment.COMMITTED, List.of(SampleKpis.QUALITY, SampleKpis.CSAT),
                        fromKpi("Raise customer satisfaction to 92%", LEAD, null, MeasureSpec.metric(0.88, 0.92),
                                SampleKpis.CSAT),
                        fromKpi("Keep the support quality index at 75% or more", LEAD, null,
                                threshold(0.75, null, 0.1, Judgement.AVERAGE), SampleKpis.QUALITY),
                        manual("Answer every complaint within one working day", LEAD, "%",
                                MeasureSpec.metric(70.0, 95.0), numbers(70, 88, 2, 6))),
                company("q0.mobile", "Ship a mobile experience customers love", MOBILE_STORY,
                        ObjectiveKind.INNOVATE, Commitment.ASPIRATIONAL, List.of(SampleKpis.CRASH_FREE),
                        manual("Reach an app-store rating of 4.6", LEAD, "stars", MeasureSpec.metric(4.2, 4.6),
                                numbers(4.2, 4.45, 0.03, 6)),
                        fromKpi("Keep crash-free sessions at 99.5% or more", LEAD, null,
                                threshold(0.995, null, 0.005, Judgement.AVERAGE), SampleKpis.CRASH_FREE),
                        manual("Launch in-app chat", LEAD, null, MeasureSpec.milestone(), milestones(5, NEVER))),
                team("q0.backlog", SUP, "q0.support", "Get the support backlog under control", ObjectiveKind.IMPROVE,
                        List.of(SampleKpis.OPEN_PER_AGENT, SampleKpis.BACKLOG, SampleKpis.MEDIAN_RESOLUTION),
                        fromKpi("Cut open tickets per agent to 10", LEAD, "tickets", MeasureSpec.metric(14.0, 10.0),
                                SampleKpis.OPEN_PER_AGENT).weighted(2),
                        fromJql("Cut tickets open for more than two weeks to 5", LEAD, "tickets",
                                MeasureSpec.metric(12.0, 5.0),
                                "project = SUP AND statusCategory != Done AND created <= -14d"),
                        fromKpi("Keep the median resolution time under a day", LEAD, "s",
                                threshold(null, 24 * HOUR, 12 * HOUR, Judgement.LATEST),
                                SampleKpis.MEDIAN_RESOLUTION),
                        manual("Publish 20 self-service articles", AGENT, "articles", MeasureSpec.metric(0.0, 20.0),
                                numbers(0, 15, 0.5, 7).whole()),
                        manual("Keep agent utilisation between 70% and 85%", LEAD, "%",
                                threshold(70.0, 85.0, 10.0, Judgement.AVERAGE), numbers(78, 92, 2, 5))),
                team("q0.firstContact", SUP, "q0.support", "Resolve more on first contact", ObjectiveKind.IMPROVE,
                        List.of(SampleKpis.FIRST_CONTACT),
                        fromKpi(FIRST_CONTACT_TITLE, LEAD, null, threshold(0.5, null, 0.1, Judgement.LATEST),
                                SampleKpis.FIRST_CONTACT),
                        manual("Roll out the new triage checklist", LEAD, null, checklist("Draft the checklist",
                                "Pilot with two agents", "Train the team", "Make it the default"),
                                milestones(7, 1, 3, 6, NEVER)),
                        manual("Tag every resolved ticket with a category", null, "%",
                                MeasureSpec.metric(40.0, 95.0), numbers(40, 80, 3, 6)),
                        manual("Mentor the new agent", AGENT, null, checklist("Shadowing", "First solo week",
                                "Takes incidents"), milestones(8, 1, 3, 8).stoppingAfter(2))),
                team("q0.onboarding", APP, "q0.mobile", "Launch the new onboarding flow", ObjectiveKind.BUILD,
                        List.of(),
                        issues("Complete the onboarding epics", LEAD,
                                MeasureSpec.issues(IssuesMode.STORY_POINTS, IssuesScope.LIVE, null), "APP.signup",
                                "APP.tour").weighted(3),
                        issues("Finish the onboarding polish stories", LEAD,
                                MeasureSpec.issues(IssuesMode.COUNT, IssuesScope.FROZEN, 6.0), "APP.polish.1",
                                "APP.polish.2", "APP.polish.3", "APP.polish.4", "APP.polish.5", "APP.polish.6"),
                        fromJql("Keep bugs reported per month at 25 or fewer", LEAD, "bugs",
                                threshold(null, 25.0, 10.0, Judgement.WORST),
                                "project = APP AND issuetype = Bug AND created >= -30d"),
                        issues("Migrate to the new push service", LEAD,
                                MeasureSpec.issues(IssuesMode.COUNT, IssuesScope.LIVE, null))),
                team("q0.web", WEB, "q0.mobile", "Make the web shop fast and easy to buy from", ObjectiveKind.IMPROVE,
                        List.of(),
                        issues("Finish the page performance epic", LEAD,
                                MeasureSpec.issues(IssuesMode.TIME, IssuesScope.LIVE, null), "WEB.performance"),
                        issues("Ship the checkout redesign", LEAD,
                                MeasureSpec.issues(IssuesMode.STATUS_CATEGORY, IssuesScope.LIVE, null),
                                "WEB.checkout"),
                        manual("Cut the home page load time to 1.5 s", LEAD, "s", MeasureSpec.metric(3.2, 1.5),
                                numbers(3.2, 2.0, 0.1, 6))));
    }

    private static ObjectivePlan company(String handle, String title, String description, ObjectiveKind kind,
            Commitment commitment, List<String> alignedKpis, KeyResultPlan... keyResults) {
        return new ObjectivePlan(handle, title, description, ObjectiveLevel.COMPANY, kind, commitment, ADMIN, null,
                null, true, alignedKpis, Arrays.asList(keyResults));
    }

    private static ObjectivePlan team(String handle, String project, String parent, String title,
            ObjectiveKind kind, List<String> alignedKpis, KeyResultPlan... keyResults) {
        return new ObjectivePlan(handle, title, null, ObjectiveLevel.TEAM, kind, Commitment.COMMITTED, LEAD, project,
                parent, true, alignedKpis, Arrays.asList(keyResults));
    }

    private static MeasureSpec threshold(Double min, Double max, double tolerance, Judgement judgement) {
        return MeasureSpec.threshold(min, max, tolerance, judgement);
    }

    private static MeasureSpec checklist(String... titles) {
        return MeasureSpec.milestone(Arrays.stream(titles).map(title -> new MilestoneSpec(title, null))
                .toArray(MilestoneSpec[]::new));
    }
}
