package dev.waypoint.preview.sample;

import dev.waypoint.issue.IssueId;
import dev.waypoint.preview.issues.SampleIssue;
import dev.waypoint.preview.issues.TicketStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sample's issues: the service desk's tickets and the product projects' backlog, numbered as Jira would in
 * order of creation (ids from {@value #FIRST_ID}, keys per project from 1), in a {@link TicketStore}. The numbering
 * depends only on the seed, never on the date, so ids stay the same across restarts on other days.
 *
 * @param named the ids of the issues the OKR plan links, by handle (see {@link ProductBacklog#named()})
 */
public record SampleTickets(TicketStore store, Map<String, IssueId> named) {

    public static final long FIRST_ID = 10_000;

    public SampleTickets {
        Objects.requireNonNull(store, "'store' must not be null");
        named = Map.copyOf(named);
    }

    /** Generates every issue of the sample for the calendar's day. */
    public static SampleTickets generate(SampleCalendar calendar, SamplePeople people) {
        ProductBacklog backlog = new ProductBacklog(calendar);
        List<IssueDraft> drafts = new ArrayList<>(backlog.generate());
        drafts.addAll(new ServiceDeskTickets(calendar, people.agents()).generate());
        return number(drafts, backlog.named(), calendar);
    }

    /** The id of a named issue. */
    public IssueId id(String handle) {
        IssueId id = named.get(handle);
        if (id == null) {
            throw new IllegalArgumentException("no sample issue is named " + handle);
        }
        return id;
    }

    private static SampleTickets number(List<IssueDraft> drafts, Map<String, IssueDraft> named,
            SampleCalendar calendar) {
        List<IssueDraft> ordered = drafts.stream()
                .sorted(Comparator.comparing((IssueDraft draft) -> draft.life().created()))
                .toList();
        Map<IssueDraft, IssueId> ids = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            ids.put(ordered.get(i), new IssueId(FIRST_ID + i));
        }
        Map<String, Integer> counters = new HashMap<>();
        List<SampleIssue> issues = new ArrayList<>();
        for (IssueDraft draft : ordered) {
            int number = counters.merge(draft.project().value(), 1, Integer::sum);
            issues.add(new SampleIssue(ids.get(draft), draft.project().value() + "-" + number, draft.project(),
                    draft.kind(), draft.summary(), draft.epic() == null ? null : ids.get(draft.epic()), draft.life(),
                    draft.work()));
        }
        Map<String, IssueId> namedIds = new LinkedHashMap<>();
        named.forEach((handle, draft) -> namedIds.put(handle, ids.get(draft)));
        return new SampleTickets(new TicketStore(issues, calendar.horizon()), namedIds);
    }
}
