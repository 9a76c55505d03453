package dev.waypoint.app.okr;

import java.util.List;
import java.util.Objects;

/**
 * Which issues a person links to a key result in one go (issue 13, item 1): issues chosen by search (their keys), every
 * issue of a JQL query, or an epic with its children. Always resolved as the viewer: only issues they may see, at most
 * {@link #MAX_ISSUES}.
 */
public sealed interface IssueSelection {

    /** The most issues one selection links (and lists). */
    int MAX_ISSUES = 200;

    /** Issues chosen one by one, by key (duplicates are linked once). */
    record Keys(List<String> keys) implements IssueSelection {

        public Keys {
            keys = List.copyOf(keys);
        }
    }

    /** Every issue of a JQL query the viewer may see (the query is validated by Jira as the viewer). */
    record Query(String jql) implements IssueSelection {

        public Query {
            Objects.requireNonNull(jql, "'jql' must not be null");
        }
    }

    /** An epic and its children (found with the admin's epic-children JQL as the viewer). */
    record EpicWithChildren(String epicKey) implements IssueSelection {

        public EpicWithChildren {
            Objects.requireNonNull(epicKey, "'epicKey' must not be null");
        }
    }
}
