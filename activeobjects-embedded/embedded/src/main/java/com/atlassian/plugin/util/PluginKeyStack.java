// Run-time shim for com.atlassian.plugin.util.PluginKeyStack (atlassian-plugins-core, provided by Jira, not on Maven
// Central). Source: the call made by net.java.ao.EntityManager in net.java.dev.activeobjects:activeobjects:6.1.1 (read
// with javap: invokestatic PluginKeyStack.getFirstPluginKey()Ljava/lang/String;), and
// ../shared/reference/atlassian-platform.md §4.3. Only for the embedded AO (tests, preview).
package com.atlassian.plugin.util;

public final class PluginKeyStack {

    private PluginKeyStack() {
    }

    /** The key of the plugin whose code is running; unknown outside Jira. */
    public static String getFirstPluginKey() {
        return null;
    }
}
