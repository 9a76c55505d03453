// Mirror of com.atlassian.sal.api.user.UserManager for Jira Data Center 11.3 LTS (com.atlassian.sal:sal-api).
// Source: https://docs.atlassian.com/ConfluenceServer/javadoc/9.5.2/com/atlassian/sal/confluence/user/SetupUserManager.html
//         (Platform 7 implementation listing the interface methods; javax there, jakarta on Platform 8 / Jira 11 per
//         reference doc section 1.2); REST usage getRemoteUser(request) / isSystemAdmin(UserKey) in
//         mrkhachaturov/jira-mcp-plugin src/main/java/com/atlassian/mcp/plugin/admin/ConfigResource.java
// Signatures only.
// Left out: resolve(String) (throws com.atlassian.sal.api.user.UserResolutionException, not mirrored here).
// UNVERIFIED: whether the deprecated String-username overloads still exist in the Platform 8 sal-api (included below
// as listed for Platform 7), and whether isLimitedUnlicensedUser is a default method (declared abstract here).
// Not confirmed for Jira 10/11: isLicensed <- listed for Platform 7 (Source above: Confluence 9.5.2 Javadoc); no Jira
//         11 source found; no other licence check in SAL
package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;
import javax.annotation.Nullable;

public interface UserManager {

    @Nullable
    UserProfile getRemoteUser();

    @Nullable
    UserKey getRemoteUserKey();

    @Nullable
    UserProfile getRemoteUser(HttpServletRequest request);

    @Nullable
    UserKey getRemoteUserKey(HttpServletRequest request);

    @Deprecated
    @Nullable
    String getRemoteUsername();

    @Deprecated
    @Nullable
    String getRemoteUsername(HttpServletRequest request);

    @Nullable
    UserProfile getUserProfile(@Nullable String username);

    @Nullable
    UserProfile getUserProfile(@Nullable UserKey userKey);

    @Deprecated
    boolean isUserInGroup(@Nullable String username, @Nullable String group);

    boolean isUserInGroup(@Nullable UserKey userKey, @Nullable String group);

    @Deprecated
    boolean isSystemAdmin(@Nullable String username);

    boolean isSystemAdmin(@Nullable UserKey userKey);

    @Deprecated
    boolean isAdmin(@Nullable String username);

    boolean isAdmin(@Nullable UserKey userKey);

    boolean isLicensed(@Nullable UserKey userKey);

    boolean isLimitedUnlicensedUser(@Nullable UserKey userKey);

    boolean authenticate(String username, String password);

    Iterable<String> findGroupNamesByPrefix(String prefix, int startIndex, int maxResults);

    boolean isAnonymousAccessEnabled();

    boolean isLimitedUnlicensedAccessEnabled();
}
