// Mirror of com.atlassian.jira.issue.IssueManager for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html;
//         turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/IssueManager.java (6.3);
//         Jira 11.3.1 usage getIssueObject(String)/getIssueByCurrentKey: codescape/jira-scrum-poker
//         src/main/java/de/codescape/jira/plugins/scrumpoker/service/EstimateFieldServiceImpl.java
// Signatures only; the members the app uses. Left out: updateIssue(..) (needs UpdateIssueRequest) and the
// ofbiz-typed getIssueIdsForProject(Long) throws GenericEntityException.
// Jira 10/11: getIssueObject(String) <- codescape/jira-scrum-poker@bb652fd (Jira 11.3.1)
//         src/main/java/de/codescape/jira/plugins/scrumpoker/rest/mapper/SessionEntityMapper.java
// Not confirmed for Jira 10/11: getIssueObjects <- no Jira 10/11 listing or app using it found; one getIssueObject per
//         id is the confirmed alternative, kept out for the one-query read of many issues
package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

public interface IssueManager {

    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);

    MutableIssue getIssueByKeyIgnoreCase(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);

    long getIssueCountForProject(Long projectId);
}
