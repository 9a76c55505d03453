// Mirror of com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport for Jira Data Center 11.3 LTS (com.atlassian.plugin:atlassian-spring-scanner-annotation).
// Source: public repo wjkennedy/DECOMPanalytics, path com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.java
//         (Procyon-decompiled, scanner ~2.x); Jira 11.3.1 usage with scanner 6.0.0: codescape/jira-scrum-poker (all services)
// Retention RUNTIME and targets PARAMETER, ANNOTATION_TYPE, FIELD as published.
// UNVERIFIED: unchanged in spring-scanner 6.0.x.
// Jira 10/11: value <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api 11.0.0,
//         platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/service/ComponentImports.java
//         (@ComponentImport("jiraUserManager"), scanner 6.0.0)
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {

    String value() default "";
}
