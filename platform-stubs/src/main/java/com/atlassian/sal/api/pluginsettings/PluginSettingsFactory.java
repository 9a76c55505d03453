// Mirror of com.atlassian.sal.api.pluginsettings.PluginSettingsFactory for Jira Data Center 11.3 LTS (com.atlassian.sal:sal-api).
// Source: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/pluginsettings/PluginSettingsFactory.html
//         (@Nullable key per https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/sal/confluence/pluginsettings/ConfluencePluginSettingsFactory.html)
// Signatures only.
// Jira 10/11: createGlobalSettings <- codescape/jira-scrum-poker@bb652fd (Jira 11.3.1)
//         src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/Upgrade01RemovePluginSettings.java
package com.atlassian.sal.api.pluginsettings;

import javax.annotation.Nullable;

public interface PluginSettingsFactory {

    PluginSettings createSettingsForKey(@Nullable String key);

    PluginSettings createGlobalSettings();
}
