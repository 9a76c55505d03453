package dev.waypoint.preview.issues;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The issue types of the sample projects, with the names JQL's {@code issuetype} clause uses. */
public enum IssueKind {
    SERVICE_REQUEST("Service Request"),
    INCIDENT("Incident"),
    EPIC("Epic"),
    STORY("Story"),
    TASK("Task"),
    BUG("Bug");

    private final String jiraName;

    IssueKind(String jiraName) {
        this.jiraName = jiraName;
    }

    public String jiraName() {
        return jiraName;
    }

    /** The type with this name, ignoring case, as Jira matches {@code issuetype = "service request"}. */
    public static Optional<IssueKind> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.jiraName.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
