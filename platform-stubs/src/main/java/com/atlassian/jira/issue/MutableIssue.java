// Mirror of com.atlassian.jira.issue.MutableIssue for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/MutableIssue.java (6.3)
// Added only because IssueManager.getIssueObject(..) returns it. Signatures only; no setters mirrored
// (the published interface has many).
package com.atlassian.jira.issue;

import com.atlassian.annotations.PublicApi;

@PublicApi
public interface MutableIssue extends Issue {
}
