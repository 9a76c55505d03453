// Mirror of com.atlassian.jira.JiraException for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/JiraException.java (6.3)
// Checked exception; constructors are stubs.
package com.atlassian.jira;

public class JiraException extends Exception {

    private static final long serialVersionUID = 1L;

    public JiraException() {
        throw new UnsupportedOperationException("stub");
    }

    public JiraException(String s) {
        throw new UnsupportedOperationException("stub");
    }

    public JiraException(Throwable throwable) {
        throw new UnsupportedOperationException("stub");
    }

    public JiraException(String s, Throwable throwable) {
        throw new UnsupportedOperationException("stub");
    }
}
