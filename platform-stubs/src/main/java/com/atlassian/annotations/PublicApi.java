// Mirror of com.atlassian.annotations.PublicApi for Jira Data Center 11.3 LTS (com.atlassian.annotations:atlassian-annotations).
// Source: public copy of the atlassian-annotations sources (package com.atlassian.annotations) found by the code index;
//         its repository is not identified; reference doc section 4 (artifact not on Maven Central).
// Meta-annotations as published there: @Documented, @Retention(CLASS), no @Target.
// UNVERIFIED: retention/targets in atlassian-annotations 5.x (Platform 7/8); the copy found is an older release.
package com.atlassian.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

@Documented
@Retention(RetentionPolicy.CLASS)
public @interface PublicApi {
}
