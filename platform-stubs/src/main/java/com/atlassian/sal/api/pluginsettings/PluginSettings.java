// Mirror of com.atlassian.sal.api.pluginsettings.PluginSettings for Jira Data Center 11.3 LTS (com.atlassian.sal:sal-api).
// Source: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettings.html
//         (same three methods implemented by cures-hub/cures-condec-jira src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockPluginSettings.java)
// Signatures only.
// Jira 10/11: get, put <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0,
//         platform 8.0.0)
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/settings/DefaultSlackSettingsService.java
// Jira 10/11: remove <- codescape/jira-scrum-poker@bb652fd (Jira 11.3.1)
//         src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/Upgrade01RemovePluginSettings.java
package com.atlassian.sal.api.pluginsettings;

public interface PluginSettings {

    Object get(String key);

    Object put(String key, Object value);

    Object remove(String key);
}
