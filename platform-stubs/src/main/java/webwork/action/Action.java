// Mirror of webwork.action.Action (WebWork 1, bundled with Jira as atlassian webwork; Jira Data Center 11.3 LTS).
// Source: https://developer.atlassian.com/server/jira/platform/webwork/ ("Webwork plugin module": actions return a
//         view name such as "success" or "error"); the result constants as Jira's actions use them
//         (codescape/jira-scrum-poker src/main/java/de/codescape/jira/plugins/scrumpoker/action/ScrumPokerSessionsAction.java
//         returns SUCCESS from doExecute on Jira 11.3.1).
// Signatures only.
package webwork.action;

public interface Action {

    String SUCCESS = "success";
    String NONE = "none";
    String ERROR = "error";
    String INPUT = "input";
    String LOGIN = "login";

    String execute() throws Exception;
}
