// Mirror of com.atlassian.jira.security.plugin.ProjectPermissionKey for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/security/plugin/ProjectPermissionKey.java (6.3);
//         package confirmed for the Jira 11 line by https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/jira/permission/GHProjectPermissions.html
//         (fields typed com.atlassian.jira.security.plugin.ProjectPermissionKey).
// Value type: the String constructor, permissionKey(), equals/hashCode/toString are REAL over the single field
// (constants and tests compare keys); nothing else. Left out: the deprecated ProjectPermissionKey(int) constructor.
package com.atlassian.jira.security.plugin;

import javax.annotation.Nonnull;

public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(@Nonnull String permissionKey) {
        this.permissionKey = permissionKey;
    }

    public String permissionKey() {
        return permissionKey;
    }

    // Minimal real value semantics over the one field (allowed for test-constructed value types).
    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPermissionKey other && java.util.Objects.equals(permissionKey, other.permissionKey);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(permissionKey);
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
