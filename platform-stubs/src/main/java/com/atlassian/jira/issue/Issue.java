// Mirror of com.atlassian.jira.issue.Issue for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (Jira 7.x javadoc: ApplicationUser getAssignee(),
//         Timestamp getCreated()/getDueDate(), Long getEstimate(), Object getCustomFieldValue(CustomField));
//         turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/Issue.java (6.3 baseline)
// Signatures only; the members the app uses. Deviation: the real interface extends OfBizValueWrapper, IssueContext,
// WithId, WithKey (not mirrored); getId()/getKey()/getProjectObject()/getProjectId()/getIssueType() are declared here directly.
// UNVERIFIED: Status getStatus() and IssueType getIssueType() object-typed forms (renamed from getStatusObject()/
// getIssueTypeObject() in Jira 7; allow-listed as IssueImpl#getStatus()/#getIssueType() by a Jira 11 app per reference doc 2.4).
// Jira 10/11: getAssignee, getCreated, getCustomFieldValue(CustomField), getDueDate, getEstimate, getId, getIssueType,
//         getKey, getParentObject, getProjectObject, getResolutionDate, getStatus, getSummary, getTimeSpent,
//         getUpdated, isSubTask <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api
//         11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/SlackMessageResource.java
//         (an anonymous Issue implementing these with these signatures, compiled against jira-api 11.0.0)
package com.atlassian.jira.issue;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;

@PublicApi
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    Project getProjectObject();

    Long getProjectId();

    IssueType getIssueType();

    Status getStatus();

    ApplicationUser getAssignee();

    String getAssigneeId();

    ApplicationUser getReporter();

    String getReporterId();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getResolutionDate();

    Timestamp getDueDate();

    Long getTimeSpent();

    Long getEstimate();

    Long getOriginalEstimate();

    Object getCustomFieldValue(CustomField customField);

    boolean isSubTask();

    Issue getParentObject();

    Long getParentId();
}
