// Run-time shim for com.atlassian.util.profiling.Metrics (atlassian-profiling, provided by Jira, not on Maven Central).
// Source: the calls made by net.java.ao.EntityManager in net.java.dev.activeobjects:activeobjects:6.1.1 (read with
// javap: invokestatic Metrics.metric(String), invokevirtual Metrics$Builder.tag/withAnalytics/invokerPluginKey/startTimer),
// and ../shared/reference/atlassian-platform.md §4.3.
// Only for the embedded AO (tests, preview); in Jira the real class is used. It records nothing.
package com.atlassian.util.profiling;

public final class Metrics {

    private static final Ticker NO_OP = () -> { };

    private Metrics() {
    }

    public static Builder metric(String name) {
        return new Builder();
    }

    /** Builds a metric; every step is a no-op here. */
    public static final class Builder {

        Builder() {
        }

        public Builder tag(String key, String value) {
            return this;
        }

        public Builder withAnalytics() {
            return this;
        }

        public Builder invokerPluginKey(String pluginKey) {
            return this;
        }

        public Ticker startTimer() {
            return NO_OP;
        }
    }
}
