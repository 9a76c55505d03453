package dev.waypoint.preview.sample;

import dev.waypoint.preview.issues.IssueKind;
import dev.waypoint.preview.issues.IssueLifecycle;
import dev.waypoint.preview.issues.IssueWork;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The service desk's tickets (project SUP): about 25 a day over the {@value SampleCalendar#TICKET_DAYS} days before
 * today, busier in the last 40 days. Each ticket is assigned to one of the eight agents after a while, worked on,
 * and resolved either on first contact (quickly) or after a log-normally distributed time. The story the numbers
 * tell: in the busy weeks the team resolves more slowly and lets the unassigned queue grow, and one agent (Dana)
 * carries more than her share.
 */
final class ServiceDeskTickets {

    private static final long SEED = 20_260_001L;
    private static final int BUSY_FROM_DAY = 80;
    private static final int QUEUE_NEGLECTED_FROM_DAY = 95;
    private static final int NEW_HIRE_FROM_DAY = 70;
    private static final double BASE_ARRIVALS = 22.5;

    private static final List<String> REQUESTS = List.of(
            "Reset the password of account %d", "Add a user to team account %d",
            "Change the billing address on invoice %d", "Export all data of workspace %d",
            "Upgrade account %d to the Business plan", "Cancel subscription %d", "Question about invoice %d",
            "Enable single sign-on for workspace %d", "Remove a former colleague from account %d",
            "Refund order %d");
    private static final List<String> INCIDENTS = List.of(
            "Cannot log in to the customer portal (account %d)", "Checkout shows an error for order %d",
            "Payment failed for order %d", "Mobile app crashes on start for user %d",
            "Notification e-mails arrive late for workspace %d", "Dashboard does not load for workspace %d",
            "Sync between web and mobile stopped for account %d", "Report export times out in workspace %d");

    private final SampleCalendar calendar;
    private final List<String> agents;
    private final SampleRandom random = new SampleRandom(SEED);

    ServiceDeskTickets(SampleCalendar calendar, List<String> agents) {
        this.calendar = calendar;
        this.agents = List.copyOf(agents);
    }

    List<IssueDraft> generate() {
        List<IssueDraft> tickets = new ArrayList<>();
        for (int day = 0; day < SampleCalendar.TICKET_DAYS; day++) {
            double rate = BASE_ARRIVALS * (day >= BUSY_FROM_DAY ? 1.3 : 1.0);
            long arrivals = Math.round(rate * random.between(0.8, 1.2));
            for (int i = 0; i < arrivals; i++) {
                tickets.add(ticket(calendar.ticketStart().plusDays(day), day));
            }
        }
        return tickets;
    }

    private IssueDraft ticket(LocalDate date, int day) {
        boolean busy = day >= BUSY_FROM_DAY;
        Instant created = calendar.at(date, LocalTime.of(7, 0).plusSeconds(Math.round(random.between(0, 11 * 3600))));
        IssueKind kind = random.chance(0.3) ? IssueKind.INCIDENT : IssueKind.SERVICE_REQUEST;
        String summary = String.format(random.pick(kind == IssueKind.INCIDENT ? INCIDENTS : REQUESTS),
                random.intBetween(1000, 99_999));
        String agent = agent(day);
        Instant assigned = created.plus(minutes(assignmentDelayMinutes(day)));
        Instant started = assigned.plus(minutes(random.exponential(30)));
        boolean firstContact = random.chance((kind == IssueKind.INCIDENT ? 0.48 : 0.6) - (busy ? 0.08 : 0));
        double hoursToResolve = firstContact ? random.exponential(1.5)
                : random.logNormal(kind == IssueKind.INCIDENT ? 40 : 100, 0.9) * (busy ? 1.5 : 1.0);
        Instant resolved = started.plus(minutes(hoursToResolve * 60));
        return new IssueDraft(SampleProjects.SUP, kind, summary, null, life(created, agent, assigned, started,
                resolved, firstContact), IssueWork.NONE);
    }

    /** Events after the horizon have not happened yet. */
    private IssueLifecycle life(Instant created, String agent, Instant assigned, Instant started, Instant resolved,
            boolean firstContact) {
        Instant horizon = calendar.horizon();
        boolean isAssigned = !assigned.isAfter(horizon);
        boolean isStarted = isAssigned && !started.isAfter(horizon);
        boolean isResolved = isStarted && !resolved.isAfter(horizon);
        return new IssueLifecycle(created, isAssigned ? agent : null, isAssigned ? assigned : null,
                isStarted ? started : null, isResolved ? resolved : null, isResolved && firstContact);
    }

    private String agent(int day) {
        List<String> available = agents.stream()
                .filter(agent -> day >= NEW_HIRE_FROM_DAY || !agent.equals(SamplePeople.NEW_HIRE)).toList();
        List<Double> weights = available.stream()
                .map(agent -> agent.equals(SamplePeople.BUSIEST_AGENT) ? 1.7 : 1.0).toList();
        return random.pick(available, weights);
    }

    /** Quick in normal weeks; in the neglected last weeks the queue waits longer, and a few tickets are forgotten. */
    private double assignmentDelayMinutes(int day) {
        if (random.chance(0.04)) {
            return random.exponential(3 * 24 * 60) + 24 * 60;
        }
        double mean = day >= QUEUE_NEGLECTED_FROM_DAY ? 45 + (day - QUEUE_NEGLECTED_FROM_DAY) * 40 : 45;
        return random.exponential(mean);
    }

    private static Duration minutes(double minutes) {
        return Duration.ofSeconds(Math.round(minutes * 60));
    }
}
