// Mirror of com.atlassian.jira.issue.search.SearchException for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/issue/search/SearchException.java (6.3);
//         reference doc section 2.2
// Checked exception (extends JiraException); constructors are stubs.
package com.atlassian.jira.issue.search;

import com.atlassian.annotations.PublicApi;
import com.atlassian.jira.JiraException;

@PublicApi
public class SearchException extends JiraException {

    private static final long serialVersionUID = 1L;

    public SearchException() {
        throw new UnsupportedOperationException("stub");
    }

    public SearchException(String msg) {
        throw new UnsupportedOperationException("stub");
    }

    public SearchException(Exception e) {
        throw new UnsupportedOperationException("stub");
    }

    public SearchException(String msg, Exception e) {
        throw new UnsupportedOperationException("stub");
    }
}
