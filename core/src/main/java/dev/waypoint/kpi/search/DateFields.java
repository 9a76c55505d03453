package dev.waypoint.kpi.search;

/**
 * Which date fields Jira knows, as a DURATION KPI names its {@code fromField} and {@code toField} (DESIGN §3 "KPI"):
 * the refresh job reads the two dates of each sampled issue by these names ({@link IssueSearch#sample}), so a name Jira
 * does not know as a date would make every refresh fail. The jira-plugin answers from Jira's system date fields and
 * its date and date-time custom fields; the preview from its sample issues' fields.
 */
@FunctionalInterface
public interface DateFields {

    /**
     * Whether {@code name} names a date field of Jira, as a JQL author names it: a system date field ({@code created},
     * {@code updated}, {@code resolutiondate}, {@code duedate} and their JQL aliases, ignoring case) or a date or
     * date-time custom field (by id {@code customfield_10010}, {@code cf[10010]} or name). {@code name} is a valid
     * single line (checked before).
     */
    boolean isDateField(String name);
}
