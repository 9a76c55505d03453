package dev.waypoint.preview.sample;

import dev.waypoint.preview.issues.IssueKind;
import dev.waypoint.preview.issues.IssueLifecycle;
import dev.waypoint.preview.issues.IssueWork;
import dev.waypoint.shared.ProjectKey;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product projects' work (APP and WEB): epics with stories that carry story points (a few unestimated) and, for
 * the performance epic, time estimates; some standalone stories; and bugs reported over the whole period. Drafts the
 * OKR plan links are named by a handle ({@link #named()}).
 */
final class ProductBacklog {

    private static final long SEED = 20_260_002L;
    private static final List<Double> POINTS = List.of(1.0, 2.0, 3.0, 5.0, 8.0);
    private static final List<Integer> ESTIMATE_HOURS = List.of(4, 8, 16, 24);

    static final List<EpicPlan> EPICS = List.of(
            new EpicPlan("APP.research", SampleProjects.APP, "Onboarding research and design", 190, 175, 80,
                    List.of("Interview plan", "Recruit interviewees", "Synthesise interview notes", "Journey map",
                            "Wireframes for sign-up", "Wireframes for the tour", "Usability test of the prototype",
                            "Design hand-over"), 0, false),
            new EpicPlan("APP.signup", SampleProjects.APP, "New onboarding: sign-up flow", 95, 55, -25,
                    List.of("Sign-up screen", "E-mail verification", "Sign up with Apple", "Sign up with Google",
                            "Password rules", "Welcome e-mail", "Sign-up analytics", "Error states",
                            "Accessibility review of sign-up", "Localise sign-up texts"), 2, false),
            new EpicPlan("APP.tour", SampleProjects.APP, "New onboarding: first-run tour", 95, 35, -40,
                    List.of("Tour framework", "Step: create a project", "Step: invite the team", "Step: first task",
                            "Skip and resume the tour", "Tour analytics", "Tour on tablets", "Tour copy review"),
                    1, false),
            new EpicPlan("APP.chat", SampleProjects.APP, "In-app chat", 60, 15, -60,
                    List.of("Chat service spike", "Chat window", "Attachments in chat", "Chat history",
                            "Hand-over to an agent", "Chat notifications"), 0, false),
            new EpicPlan("WEB.performance", SampleProjects.WEB, "Page performance", 95, 50, -30,
                    List.of("Measure page load times", "Lazy-load images", "Split the JavaScript bundle",
                            "Cache API responses", "Server-side rendering of the home page", "Compress fonts",
                            "Performance budget in CI"), 0, true),
            new EpicPlan("WEB.checkout", SampleProjects.WEB, "Checkout redesign", 95, 40, -35,
                    List.of("Checkout wireframes", "One-page checkout", "Saved payment methods", "Address lookup",
                            "Order summary", "Checkout error handling", "Checkout A/B test", "Checkout analytics"),
                    0, false),
            new EpicPlan("WEB.security", SampleProjects.WEB, "Security audit fixes", 190, 160, 95,
                    List.of("Rotate API keys", "Content-Security-Policy", "Rate-limit the login",
                            "Upgrade the TLS configuration", "Remove unused admin endpoints", "Audit logging"),
                    0, false));

    private static final List<String> POLISH = List.of("Polish: progress indicator", "Polish: empty states",
            "Polish: button copy", "Polish: loading animation", "Polish: keyboard handling", "Polish: dark mode");
    private static final List<String> BUG_TITLES = List.of("Crash when rotating the screen on %s",
            "Wrong date format in %s", "Button overlaps text in %s", "Slow scrolling in %s",
            "Missing translation in %s", "Notification opens the wrong screen from %s");
    private static final List<String> PLACES = List.of("settings", "the task list", "the project view",
            "the profile", "search results", "the inbox", "checkout", "the dashboard");

    private final SampleCalendar calendar;
    private final SampleRandom random = new SampleRandom(SEED);
    private final Map<String, IssueDraft> named = new LinkedHashMap<>();
    private final List<IssueDraft> drafts = new ArrayList<>();

    ProductBacklog(SampleCalendar calendar) {
        this.calendar = calendar;
    }

    /** Generates the drafts (once); {@link #named()} then holds the linked ones. */
    List<IssueDraft> generate() {
        if (drafts.isEmpty()) {
            EPICS.forEach(this::epic);
            polish();
            bugs(SampleProjects.APP, 0.8);
            bugs(SampleProjects.WEB, 0.5);
        }
        return List.copyOf(drafts);
    }

    /** Epics by handle, and the polish stories as {@code APP.polish.1} ... {@code APP.polish.6}. */
    Map<String, IssueDraft> named() {
        return Map.copyOf(named);
    }

    private void epic(EpicPlan plan) {
        Instant created = calendar.daysAgo(plan.createdDaysAgo(), LocalTime.of(10, 0));
        Instant workFrom = calendar.daysAgo(plan.workFromDaysAgo(), LocalTime.of(9, 0));
        Instant workTo = calendar.daysAgo(plan.workToDaysAgo(), LocalTime.of(17, 0));
        IssueDraft epic = add(new IssueDraft(plan.project(), IssueKind.EPIC, plan.title(), null,
                life(created, workFrom, workTo), IssueWork.NONE));
        named.put(plan.handle(), epic);
        int count = plan.stories().size();
        double span = workTo.getEpochSecond() - workFrom.getEpochSecond();
        for (int i = 0; i < count; i++) {
            Instant start = workFrom.plusSeconds(Math.round(span * i / count * random.between(0.8, 1.0)));
            Instant done = start.plusSeconds(Math.round(span / count * random.between(1.0, 2.0)));
            Double points = i >= count - plan.unestimated() ? null : random.pick(POINTS);
            IssueWork work = plan.timeTracked()
                    ? new IssueWork(points, random.pick(ESTIMATE_HOURS) * 3600L, done)
                    : new IssueWork(points, 0, null);
            add(new IssueDraft(plan.project(), IssueKind.STORY, plan.stories().get(i), epic,
                    life(created.plusSeconds(600L * (i + 1)), start, done), work));
        }
    }

    private void polish() {
        Instant created = calendar.daysAgo(95, LocalTime.of(11, 0));
        for (int i = 0; i < POLISH.size(); i++) {
            Instant start = calendar.daysAgo(50 - 10 * i, LocalTime.of(9, 0));
            Instant done = start.plusSeconds(Math.round(random.between(4, 12) * 86_400));
            IssueDraft story = add(new IssueDraft(SampleProjects.APP, IssueKind.STORY, POLISH.get(i), null,
                    life(created.plusSeconds(60L * i), start, done), new IssueWork(random.pick(POINTS), 0, null)));
            named.put("APP.polish." + (i + 1), story);
        }
    }

    private void bugs(ProjectKey project, double perDay) {
        for (int day = 190; day > 0; day--) {
            long count = Math.round(perDay * random.between(0, 2));
            for (int i = 0; i < count; i++) {
                Instant created = calendar.daysAgo(day, LocalTime.of(8, 0).plusMinutes(random.intBetween(0, 600)));
                Instant start = created.plusSeconds(Math.round(random.exponential(2) * 86_400));
                Instant done = start.plusSeconds(Math.round(random.logNormal(3, 0.8) * 86_400));
                String summary = String.format(random.pick(BUG_TITLES), random.pick(PLACES));
                add(new IssueDraft(project, IssueKind.BUG, summary, null, life(created, start, done),
                        IssueWork.NONE));
            }
        }
    }

    /** Assigned to the team lead when work starts; events after the horizon have not happened. */
    private IssueLifecycle life(Instant created, Instant start, Instant done) {
        Instant horizon = calendar.horizon();
        boolean started = !start.isAfter(horizon) && !start.isBefore(created);
        boolean resolved = started && !done.isAfter(horizon);
        return new IssueLifecycle(created, started ? SamplePeople.LEAD : null, started ? start : null,
                started ? start : null, resolved ? done : null, false);
    }

    private IssueDraft add(IssueDraft draft) {
        drafts.add(draft);
        return draft;
    }
}
