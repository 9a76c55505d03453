// Mirror of webwork.action.ActionSupport (WebWork 1 as bundled with Jira Data Center 11.3 LTS): the base of Jira's
// actions. execute() validates and then calls doExecute(), which subclasses override.
// Source: https://developer.atlassian.com/server/jira/platform/webwork/ ; doExecute() overridden by a Jira 11.3.1 app:
//         codescape/jira-scrum-poker src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerSessionsAction.java
// Signatures only: every constructor and method throws.
package webwork.action;

import java.io.Serializable;

public class ActionSupport implements Action, Serializable {

    private static final long serialVersionUID = 1L;

    public ActionSupport() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public String execute() throws Exception {
        throw new UnsupportedOperationException("stub");
    }

    protected String doExecute() throws Exception {
        throw new UnsupportedOperationException("stub");
    }
}
