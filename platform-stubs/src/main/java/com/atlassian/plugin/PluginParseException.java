// Mirror of com.atlassian.plugin.PluginParseException for Jira Data Center 11.3 LTS (com.atlassian.plugins:atlassian-plugins-api).
// Source: https://docs.atlassian.com/atlassian-plugins-api/4.0.0-m009/atlassian-plugins-api/apidocs/com/atlassian/plugin/PluginParseException.html
//         (extends PluginException; four constructors)
// Unchecked. Constructors are stubs.
package com.atlassian.plugin;

public class PluginParseException extends PluginException {

    private static final long serialVersionUID = 1L;

    public PluginParseException() {
        throw new UnsupportedOperationException("stub");
    }

    public PluginParseException(String s) {
        throw new UnsupportedOperationException("stub");
    }

    public PluginParseException(Throwable throwable) {
        throw new UnsupportedOperationException("stub");
    }

    public PluginParseException(String s, Throwable throwable) {
        throw new UnsupportedOperationException("stub");
    }
}
