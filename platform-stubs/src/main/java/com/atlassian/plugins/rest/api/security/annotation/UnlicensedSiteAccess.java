// Mirror of com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess for Jira Data Center 11.3 LTS
// (com.atlassian.plugins.rest:atlassian-rest-v2-api):
//         REST v2 access annotation that permits logged-in users if limited unlicensed access is enabled, and licensed users.
// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ (names and semantics);
//         UNVERIFIED for this package: no public use of this one found; the five others of the same list are
//         confirmed in com.atlassian.plugins.rest.api.security.annotation (see their stubs). Waypoint does not use it;
//         it is mirrored for the REST v2 access emulation of the tests (dev.waypoint.jira.rest.support).
// Retention RUNTIME; targets TYPE and METHOD as the other five.
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnlicensedSiteAccess {
}
