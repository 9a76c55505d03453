// Mirror of com.atlassian.jira.jql.context.QueryContext for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/context/QueryContext.java (6.3)
// Mirrored only as a type (it appears in SearchService signatures). Left out: getProjectIssueTypeContexts() and the
// nested ProjectIssueTypeContexts class (need ProjectContext/IssueTypeContext, not mirrored).
package com.atlassian.jira.jql.context;

import com.atlassian.annotations.PublicApi;

@PublicApi
public interface QueryContext {
}
