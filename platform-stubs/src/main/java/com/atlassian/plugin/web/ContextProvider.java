// Mirror of com.atlassian.plugin.web.ContextProvider for Jira Data Center 11.3 LTS (com.atlassian.plugins:atlassian-plugins-webfragment-api).
// Source: https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/web/ContextProvider.html;
//         Jira 9.12 usage: alanmosely/basic-jira-development-panels src/main/java/com/alanmosely/jira/plugin/context/PullRequestContextProvider.java
// Signatures only.
// Jira 10/11: init, getContextMap <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api
//         11.0.0, platform 8.0.0)
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/admin/SlackConfigurationScreenContextProvider.java
//         (implements ContextProvider: init(Map), getContextMap(Map))
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
