// Mirror of com.atlassian.plugin.web.Condition for Jira Data Center 11.3 LTS (com.atlassian.plugins:atlassian-plugins-webfragment-api).
// Source: https://docs.atlassian.com/atlassian-plugins-webfragment/2.13.2-m1/atlassian-plugins-webfragment/apidocs/com/atlassian/plugin/web/Condition.html
// Signatures only.
// UNVERIFIED: no default methods added in webfragment 7.x/8.x.
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
