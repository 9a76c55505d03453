package dev.waypoint.issue;

/** A Jira issue's numeric id. Waypoint links issues by id, never by key: keys change when an issue moves. */
public record IssueId(long value) {

    public IssueId {
        if (value < 1) {
            throw new IllegalArgumentException("'value' must be a positive number, was " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
