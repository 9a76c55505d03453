// Mirror of com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService for Jira Data Center 11.3 LTS (com.atlassian.plugin:atlassian-spring-scanner-annotation).
// Source: public repo wjkennedy/DECOMPanalytics, path com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService.java
//         (Procyon-decompiled, scanner ~2.x)
// Retention RUNTIME and targets TYPE, FIELD as published there.
// UNVERIFIED: newer scanners add `ServiceProperty[] properties() default {}` (reference doc 2.9); not mirrored.
// Jira 10/11: value <- codescape/jira-scrum-poker@bb652fd (Jira 11.3.1)
//         src/main/java/de/codescape/jira/plugins/scrumpoker/upgrade/Upgrade01RemovePluginSettings.java
//         (@ExportAsService(PluginUpgradeTask.class), scanner 6.0.0)
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {

    Class<?>[] value() default {};
}
