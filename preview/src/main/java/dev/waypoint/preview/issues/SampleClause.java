package dev.waypoint.preview.issues;

import dev.waypoint.issue.StatusCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One condition of a supported JQL query. Values are kept as written; {@link SampleQueryCheck} reports those that name
 * nothing (an unknown project, user or epic), and such a clause matches no issue.
 */
sealed interface SampleClause {

    /** Whether the issue, as of {@code at}, meets the condition; relative dates count back from {@code at}. */
    boolean matches(SampleIssue issue, Instant at, TicketStore store);

    /** {@code a AND b AND ...}, also a parenthesised group. */
    record All(List<SampleClause> clauses) implements SampleClause {

        public All {
            clauses = List.copyOf(clauses);
        }

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return clauses.stream().allMatch(clause -> clause.matches(issue, at, store));
        }
    }

    /** {@code project = SUP}. */
    record ProjectIs(String key) implements SampleClause {

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return issue.project().value().equalsIgnoreCase(key);
        }
    }

    /** {@code project in ("SUP", "APP")}. */
    record ProjectIn(Set<String> keys) implements SampleClause {

        public ProjectIn {
            keys = Set.copyOf(keys);
        }

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return keys.stream().anyMatch(key -> issue.project().value().equalsIgnoreCase(key));
        }
    }

    /** {@code issuetype = Bug}. */
    record TypeIs(String name) implements SampleClause {

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return issue.kind().jiraName().equalsIgnoreCase(name);
        }
    }

    /** {@code statusCategory = Done}, {@code statusCategory != Done}. */
    record CategoryIs(String name, boolean negated) implements SampleClause {

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            StatusCategory wanted = category(name);
            return wanted != null && (issue.statusAt(at) == wanted) != negated;
        }

        static StatusCategory category(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "to do" -> StatusCategory.TO_DO;
                case "in progress" -> StatusCategory.IN_PROGRESS;
                case "done" -> StatusCategory.DONE;
                default -> null;
            };
        }
    }

    /** {@code assignee = "name"}, as core's {@code Jql.assignedTo} writes it. */
    record AssigneeIs(String username) implements SampleClause {

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return issue.assigneeAt(at).map(username::equals).orElse(false);
        }
    }

    /** {@code assignee is EMPTY}, {@code assignee is not EMPTY}. */
    record AssigneeEmpty(boolean empty) implements SampleClause {

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return issue.assigneeAt(at).isEmpty() == empty;
        }
    }

    /** {@code labels = "first-contact"}. */
    record LabelIs(String label) implements SampleClause {

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return issue.hasLabelAt(label, at);
        }
    }

    /** {@code created >= -30d}, {@code resolved <= -14d}: the date is set and within / before N days ago. */
    record DateWithin(DateField field, boolean atLeast, int days) implements SampleClause {

        public DateWithin {
            Objects.requireNonNull(field, "'field' must not be null");
        }

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            Instant bound = at.minus(Duration.ofDays(days));
            return field.of(issue, at).map(date -> atLeast ? !date.isBefore(bound) : !date.isAfter(bound))
                    .orElse(false);
        }
    }

    /** {@code "resolutiondate" is not EMPTY}, as core's {@code Jql.durationSample} writes it. */
    record DateSet(DateField field) implements SampleClause {

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return field.of(issue, at).isPresent();
        }
    }

    /** {@code issue in (10001, 10002)}, as core's {@code Jql.issuesWithIds} writes it. */
    record IssueIn(Set<Long> ids) implements SampleClause {

        public IssueIn {
            ids = Set.copyOf(ids);
        }

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return ids.contains(issue.id().value());
        }
    }

    /** {@code "Epic Link" = "APP-1"}: the default epic-children template, filled by core's {@code Jql.fillTemplate}. */
    record EpicLinkIs(String epicKey) implements SampleClause {

        @Override
        public boolean matches(SampleIssue issue, Instant at, TicketStore store) {
            return issue.epicId() != null
                    && store.byKey(epicKey).map(epic -> epic.id().equals(issue.epicId())).orElse(false);
        }
    }
}
