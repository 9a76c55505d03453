// Mirror of com.atlassian.scheduler.config.JobRunnerKey for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html (type of registerJobRunner's key); final class, Serializable, Comparable, static of(String)
//         per reference doc section 2.11; JobRunnerKey.of usage: collabsoft-net/clustering-api-jira
//         src/main/java/net/collabsoft/clustering/jira/scheduler/AbstractClusteredScheduler.java
// Value type: the private constructor, of(String), equals/hashCode/toString and compareTo are REAL over the single
// field (tests construct and compare keys); nothing else.
// Not confirmed for Jira 10/11: of, equals <- the atlassian-scheduler API has kept these members since 1.x/2.0
//         (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but no Jira 10/11 app using the scheduler
//         was found; there is no other form to replace it with
package com.atlassian.scheduler.config;

import com.atlassian.annotations.PublicApi;
import java.io.Serializable;

@PublicApi
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = key;
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    // Minimal real value semantics over the one field (allowed for test-constructed value types).
    @Override
    public boolean equals(Object o) {
        return o instanceof JobRunnerKey other && java.util.Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(key);
    }

    @Override
    public String toString() {
        return key;
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        return key.compareTo(o.key);
    }
}
