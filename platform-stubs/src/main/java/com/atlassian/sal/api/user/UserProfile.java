// Mirror of com.atlassian.sal.api.user.UserProfile for Jira Data Center 11.3 LTS (com.atlassian.sal:sal-api).
// Source: https://docs.atlassian.com/ConfluenceServer/javadoc/7.18.2/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html
//         (implementation listing every UserProfile method); reference doc section 2.10.
// Signatures only.
package com.atlassian.sal.api.user;

import java.net.URI;
import javax.annotation.Nullable;

public interface UserProfile {

    @Nullable
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
