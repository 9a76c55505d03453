package dev.waypoint.preview.issues;

import dev.waypoint.kpi.search.UserDirectory;
import dev.waypoint.shared.Limits;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The value checks Jira makes when it validates a query for a user: every project, issue type, status category,
 * user and epic the query names must exist and (projects, epics) be visible to that user. Jira answers an invisible
 * project exactly like a missing one, and so does this check.
 */
final class SampleQueryCheck {

    private final TicketStore store;
    private final UserDirectory users;
    private final SearchMessages messages;

    SampleQueryCheck(TicketStore store, UserDirectory users, SearchMessages messages) {
        this.store = store;
        this.users = users;
        this.messages = messages;
    }

    /** The messages for the values of {@code clause} that name nothing {@code visibleProjects} holds. */
    List<String> problems(SampleClause clause, Set<String> visibleProjects) {
        List<String> problems = new ArrayList<>();
        collect(clause, visibleProjects, problems);
        return problems;
    }

    private void collect(SampleClause clause, Set<String> visible, List<String> problems) {
        switch (clause) {
            case SampleClause.All all -> all.clauses().forEach(each -> collect(each, visible, problems));
            case SampleClause.ProjectIs project -> require(visible.stream()
                    .anyMatch(key -> key.equalsIgnoreCase(project.key())), project.key(), "project", problems);
            case SampleClause.ProjectIn projects -> projects.keys().forEach(key -> require(visible.stream()
                    .anyMatch(known -> known.equalsIgnoreCase(key)), key, "project", problems));
            case SampleClause.TypeIs type -> require(IssueKind.byName(type.name()).isPresent(), type.name(),
                    "issuetype", problems);
            case SampleClause.CategoryIs category -> require(SampleClause.CategoryIs.category(category.name()) != null,
                    category.name(), "statusCategory", problems);
            case SampleClause.AssigneeIs assignee -> require(isUser(assignee.username()), assignee.username(),
                    "assignee", problems);
            case SampleClause.EpicLinkIs epic -> require(store.byKey(epic.epicKey())
                    .filter(SampleIssue::isEpic)
                    .filter(issue -> visible.contains(issue.project().value()))
                    .isPresent(), epic.epicKey(), "Epic Link", problems);
            case SampleClause.AssigneeEmpty ignored -> {
                // nothing named
            }
            case SampleClause.LabelIs ignored -> {
                // any label may be searched for
            }
            case SampleClause.DateWithin ignored -> {
                // nothing named
            }
            case SampleClause.DateSet ignored -> {
                // nothing named
            }
            case SampleClause.IssueIn ignored -> {
                // ids of missing or invisible issues simply match nothing
            }
        }
    }

    private boolean isUser(String username) {
        return !username.isBlank() && username.length() <= Limits.KEY && users.isActive(new UserKey(username));
    }

    private void require(boolean ok, String value, String field, List<String> problems) {
        if (!ok) {
            problems.add(messages.noValue(value, field));
        }
    }
}
