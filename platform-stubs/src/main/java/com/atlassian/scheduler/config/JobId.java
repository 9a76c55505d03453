// Mirror of com.atlassian.scheduler.config.JobId for Jira Data Center 11.3 LTS (com.atlassian.scheduler:atlassian-scheduler-api).
// Source: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/index-all.html (compareTo(JobId)); final class, Serializable, Comparable, static of(String) per reference doc
//         section 2.11; JobId.of usage: collabsoft-net/clustering-api-jira src/main/java/net/collabsoft/clustering/jira/scheduler/AbstractClusteredScheduler.java
// Value type: the private constructor, of(String), equals/hashCode/toString and compareTo are REAL over the single
// field (tests construct and compare ids); nothing else.
// Not confirmed for Jira 10/11: of <- the atlassian-scheduler API has kept these members since 1.x/2.0
//         (https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/), but no Jira 10/11 app using the scheduler
//         was found; there is no other form to replace it with
package com.atlassian.scheduler.config;

import com.atlassian.annotations.PublicApi;
import java.io.Serializable;

@PublicApi
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = id;
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    // Minimal real value semantics over the one field (allowed for test-constructed value types).
    @Override
    public boolean equals(Object o) {
        return o instanceof JobId other && java.util.Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return id;
    }

    @Override
    public int compareTo(JobId o) {
        return id.compareTo(o.id);
    }
}
