// Mirror of com.atlassian.plugins.rest.api.security.annotation.LicensedOnly for Jira Data Center 11.3 LTS
// (com.atlassian.plugins.rest:atlassian-rest-v2-api):
//         REST v2 access annotation that permits users with a product licence (also REST v2's default for an un-annotated resource).
// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ (names and semantics);
//         this package and name as imported in alanmosely/basic-jira-development-panels@cef0002 (its jakarta / REST v2 line)
//         src/main/java/com/alanmosely/jira/plugin/api/PullRequestResource.java (on methods).
// Retention RUNTIME (REST v2 reads it at run time); targets TYPE and METHOD, both seen in the uses cited for this
// package (class level in SettingsResourceImpl and PluginInfoResource, method level in SlackWebHookResource).
// UNVERIFIED: whether the real annotation also allows PACKAGE (the REST v1 look-alike
// com.atlassian.plugins.rest.common.security.UnrestrictedAccess does) and its @Documented/@Inherited meta-annotations.
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
