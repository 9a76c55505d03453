// Mirror of com.atlassian.plugin.PluginException for Jira Data Center 11.3 LTS (com.atlassian.plugins:atlassian-plugins-api).
// Source: https://docs.atlassian.com/atlassian-plugins-parent/3.0.0-m30/apidocs/com/atlassian/plugin/PluginException.html (extends RuntimeException)
// Added only as the superclass of PluginParseException. Constructors are stubs.
package com.atlassian.plugin;

public class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginException() {
        throw new UnsupportedOperationException("stub");
    }

    public PluginException(String s) {
        throw new UnsupportedOperationException("stub");
    }

    public PluginException(Throwable throwable) {
        throw new UnsupportedOperationException("stub");
    }

    public PluginException(String s, Throwable throwable) {
        throw new UnsupportedOperationException("stub");
    }
}
