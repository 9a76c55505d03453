package dev.waypoint.app.okr;

import dev.waypoint.initiative.Initiative;
import dev.waypoint.issue.IssueRef;
import java.util.Objects;

/** A link of a key result to an issue the viewer may see: the stored link and the issue as Jira shows it now. */
public record LinkedIssue(Initiative link, IssueRef issue) {

    public LinkedIssue {
        Objects.requireNonNull(link, "'link' must not be null");
        Objects.requireNonNull(issue, "'issue' must not be null");
    }
}
