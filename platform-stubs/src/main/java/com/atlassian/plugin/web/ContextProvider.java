// Mirror of com.atlassian.plugin.web.ContextProvider for Jira Data Center 11.3 LTS (com.atlassian.plugins:atlassian-plugins-webfragment-api).
// Source: https://docs.atlassian.com/atlassian-plugins-parent/2.9.0/apidocs/com/atlassian/plugin/web/ContextProvider.html;
//         Jira 9.12 usage: alanmosely/basic-jira-development-panels src/main/java/com/alanmosely/jira/plugin/context/PullRequestContextProvider.java
// Signatures only.
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
