// Mirror of com.atlassian.sal.api.user.UserKey for Jira Data Center 11.3 LTS (com.atlassian.sal:sal-api).
// Source: https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html
// Value type: the constructor, getStringValue(), equals/hashCode/toString are REAL over the single field
// (tests construct and compare keys); nothing else has logic. fromLong is a stub.
// UNVERIFIED: presence of static fromLong(long) in the Platform 8 sal-api (taken from reference doc section 2.10).
// Jira 10/11: UserKey(String) <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api
//         11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/listener/TokensRevokedEventListener.java
//         (new UserKey(...))
package com.atlassian.sal.api.user;

import java.io.Serializable;
import javax.annotation.Nonnull;

public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(@Nonnull String userkey) {
        this.userkey = userkey;
    }

    @Nonnull
    public String getStringValue() {
        return userkey;
    }

    public static UserKey fromLong(long userId) {
        throw new UnsupportedOperationException("stub");
    }

    // Minimal real value semantics over the one field (allowed for test-constructed value types).
    @Override
    public boolean equals(Object o) {
        return o instanceof UserKey other && java.util.Objects.equals(userkey, other.userkey);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(userkey);
    }

    @Override
    public String toString() {
        return userkey;
    }
}
