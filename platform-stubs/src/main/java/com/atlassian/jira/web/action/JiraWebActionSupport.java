// Mirror of com.atlassian.jira.web.action.JiraWebActionSupport for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api),
// the base class of a <webwork1> action (@PublicSpi). Only what Waypoint's actions use: the class and doExecute()
// inherited from webwork.action.ActionSupport. Jira checks the action's roles-required before running it and answers
// users without the role with its permission-violation page (PERMISSION_VIOLATION_RESULT).
// Source: jira-api com/atlassian/jira/web/action/JiraWebActionSupport.java ("All web actions should extend this class",
//         public static final String PERMISSION_VIOLATION_RESULT = "permissionviolation");
//         https://developer.atlassian.com/server/jira/platform/webwork/ (roles-required);
//         used on Jira 11.3.1 by codescape/jira-scrum-poker src/main/java/de/codescape/jira/plugins/scrumpoker/action/AbstractScrumPokerAction.java
// Not confirmed for Jira 10/11: <init> <- actions extend it with an implicit super() (codescape/jira-scrum-poker's
//         AbstractScrumPokerAction); the stored versions of that project build against Jira 8, so the no-argument
//         constructor on Jira 11.3 is assumed, to be checked in profile jira.
// Signatures only.
package com.atlassian.jira.web.action;

import com.atlassian.annotations.PublicSpi;
import com.atlassian.jira.action.JiraActionSupport;

@PublicSpi
public class JiraWebActionSupport extends JiraActionSupport {

    private static final long serialVersionUID = 1L;

    public static final String PERMISSION_VIOLATION_RESULT = "permissionviolation";

    public JiraWebActionSupport() {
        throw new UnsupportedOperationException("stub");
    }
}
