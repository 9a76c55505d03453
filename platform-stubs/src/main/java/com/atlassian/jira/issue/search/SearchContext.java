// Mirror of com.atlassian.jira.issue.search.SearchContext for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/search/SearchContext.java (6.3)
// Signatures only. Left out: getOnlyProject() (deprecated, ofbiz GenericValue) and getAsIssueContexts() (IssueContext not mirrored).
package com.atlassian.jira.issue.search;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.List;

@PublicApi
public interface SearchContext {

    boolean isForAnyProjects();

    boolean isForAnyIssueTypes();

    boolean isSingleProjectContext();

    Project getSingleProject();

    @SuppressWarnings("rawtypes")
    List getProjectCategoryIds();

    List<Long> getProjectIds();

    List<String> getIssueTypeIds();

    void verify();

    List<Project> getProjects();

    List<IssueType> getIssueTypes();
}
