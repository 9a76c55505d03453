// Mirror of com.atlassian.jira.action.JiraActionSupport for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api):
// the superclass of JiraWebActionSupport. Only the type, for the hierarchy of plugin actions.
// Source: the declaration "public class JiraWebActionSupport extends JiraActionSupport implements ErrorCollection,
//         AuthorizationSupport, HttpServletVariables" (jira-api, com/atlassian/jira/web/action/JiraWebActionSupport.java,
//         @PublicSpi); https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/action/JiraActionSupport.html
// Signatures only.
package com.atlassian.jira.action;

import webwork.action.ActionSupport;

public class JiraActionSupport extends ActionSupport {

    private static final long serialVersionUID = 1L;

    public JiraActionSupport() {
        throw new UnsupportedOperationException("stub");
    }
}
