// Mirror of com.atlassian.jira.user.ApplicationUser for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
//         ("public interface ApplicationUser extends Principal, WithId, WithKey"; Long getId() via
//         https://docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html);
//         6.3 baseline turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/user/ApplicationUser.java
// Signatures only. Deviation: getId()/getKey() are declared here directly instead of being inherited from
// com.atlassian.jira.util.WithId / WithKey (not mirrored); call sites compile and link the same way.
// Left out: getDirectoryUser() (returns a Crowd type not mirrored here).
package com.atlassian.jira.user;

import java.security.Principal;

public interface ApplicationUser extends Principal {

    Long getId();

    String getKey();

    String getUsername();

    @Override
    String getName();

    long getDirectoryId();

    boolean isActive();

    String getEmailAddress();

    String getDisplayName();
}
