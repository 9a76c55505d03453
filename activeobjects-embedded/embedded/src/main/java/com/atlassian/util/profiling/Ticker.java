// Run-time shim for com.atlassian.util.profiling.Ticker (atlassian-profiling, provided by Jira, not on Maven Central).
// Source: the calls made by net.java.ao.EntityManager in net.java.dev.activeobjects:activeobjects:6.1.1 (read with
// javap: invokeinterface Ticker.close()V), and ../shared/reference/atlassian-platform.md §4.3.
// Only for the embedded AO (tests, preview); in Jira the real class is used.
package com.atlassian.util.profiling;

/** A running timer; closing it stops it. The embedded runtime measures nothing. */
public interface Ticker extends AutoCloseable {

    @Override
    void close();
}
