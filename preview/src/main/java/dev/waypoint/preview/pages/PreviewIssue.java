package dev.waypoint.preview.pages;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import dev.waypoint.issue.IssueRef;
import java.sql.Timestamp;
import java.util.Objects;

/**
 * A sample issue as Jira's {@link Issue}, for the issue panel's context provider: id, key, summary and project; the
 * rest of the interface answers nothing (the panel reads no more).
 */
record PreviewIssue(IssueRef issue, Project project) implements Issue {

    PreviewIssue {
        Objects.requireNonNull(issue, "'issue' must not be null");
        Objects.requireNonNull(project, "'project' must not be null");
    }

    @Override
    public Long getId() {
        return issue.id().value();
    }

    @Override
    public String getKey() {
        return issue.key();
    }

    @Override
    public String getSummary() {
        return issue.summary();
    }

    @Override
    public String getDescription() {
        return null;
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    @Override
    public Long getProjectId() {
        return project.getId();
    }

    @Override
    public IssueType getIssueType() {
        return null;
    }

    @Override
    public Status getStatus() {
        return null;
    }

    @Override
    public ApplicationUser getAssignee() {
        return null;
    }

    @Override
    public String getAssigneeId() {
        return null;
    }

    @Override
    public ApplicationUser getReporter() {
        return null;
    }

    @Override
    public String getReporterId() {
        return null;
    }

    @Override
    public Timestamp getCreated() {
        return null;
    }

    @Override
    public Timestamp getUpdated() {
        return null;
    }

    @Override
    public Timestamp getResolutionDate() {
        return null;
    }

    @Override
    public Timestamp getDueDate() {
        return null;
    }

    @Override
    public Long getTimeSpent() {
        return null;
    }

    @Override
    public Long getEstimate() {
        return null;
    }

    @Override
    public Long getOriginalEstimate() {
        return null;
    }

    @Override
    public Object getCustomFieldValue(CustomField customField) {
        return null;
    }

    @Override
    public boolean isSubTask() {
        return false;
    }

    @Override
    public Issue getParentObject() {
        return null;
    }

    @Override
    public Long getParentId() {
        return null;
    }
}
