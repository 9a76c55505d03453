// Mirror of com.atlassian.jira.permission.GlobalPermissionKey for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/permission/GlobalPermissionKey.java (6.3, since 6.2.5);
//         ADMINISTER usage on Jira 9/11: mailru/jira-plugins-mrimsender src/main/java/ru/mail/jira/plugins/calendar/common/Utils.java,
//         codescape/jira-scrum-poker src/main/java/de/codescape/jira/plugins/scrumpoker/helper/UserHasProjectAdministrationPermission.java
// Value type: constants carry their real keys; the private constructor, of(String), getKey(),
// equals/hashCode/toString are REAL over the single field; nothing else.
// Left out: the @Internal GLOBAL_PERMISSION_ID_TRANSLATION map (Guava BiMap).
// Jira 10/11: ADMINISTER <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0,
//         platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/web/rest/IssuePanelResource.java
// Jira 10/11: SYSTEM_ADMIN <- codescape/jira-scrum-poker@bb652fd (Jira 11.3.1)
//         src/main/java/de/codescape/jira/plugins/scrumpoker/helper/UserHasProjectAdministrationPermission.java
package com.atlassian.jira.permission;

import javax.annotation.Nonnull;

public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
    public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");
    public static final GlobalPermissionKey USE = new GlobalPermissionKey("USE");
    public static final GlobalPermissionKey USER_PICKER = new GlobalPermissionKey("USER_PICKER");
    public static final GlobalPermissionKey CREATE_SHARED_OBJECTS = new GlobalPermissionKey("CREATE_SHARED_OBJECTS");
    public static final GlobalPermissionKey MANAGE_GROUP_FILTER_SUBSCRIPTIONS = new GlobalPermissionKey("MANAGE_GROUP_FILTER_SUBSCRIPTIONS");
    public static final GlobalPermissionKey BULK_CHANGE = new GlobalPermissionKey("BULK_CHANGE");

    private final String key;

    private GlobalPermissionKey(@Nonnull String key) {
        this.key = key;
    }

    @Nonnull
    public static GlobalPermissionKey of(@Nonnull String key) {
        return new GlobalPermissionKey(key);
    }

    @Nonnull
    public String getKey() {
        return key;
    }

    // Minimal real value semantics over the one field (allowed for test-constructed value types).
    @Override
    public boolean equals(Object o) {
        return o instanceof GlobalPermissionKey other && java.util.Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
