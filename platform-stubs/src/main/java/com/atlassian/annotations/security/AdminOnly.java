// Mirror of com.atlassian.annotations.security.AdminOnly for Jira Data Center 11.3 LTS (com.atlassian.annotations:atlassian-annotations).
// Source: https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/ (names and semantics);
//         import of com.atlassian.annotations.security.AdminOnly in: Jira plugin code found by the code index (e.g. package com.burningcode.jira.plugin; repository not identified)
// REST v2 / servlet access annotation, read at runtime: RUNTIME retention, TYPE + METHOD.
// UNVERIFIED: exact @Target (TYPE + METHOD assumed; the real one may also allow PACKAGE) and @Documented/@Inherited meta-annotations.
// Note: REST v2 also ships look-alikes in com.atlassian.plugins.rest.api.security.annotation (seen in deftdevs/bootstrapi
// jira/src/main/java/com/deftdevs/bootstrapi/jira/rest/PermissionsResourceImpl.java); not mirrored.
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
