// Mirror of com.atlassian.activeobjects.external.IgnoreReservedKeyword for Jira Data Center 11.3 LTS (com.atlassian.activeobjects:activeobjects-plugin).
// Source: public repo Kast0rTr0y/ao-plugin, path activeobjects-core/src/main/java/com/atlassian/activeobjects/external/IgnoreReservedKeyword.java
// Retention and target as published there (RUNTIME, METHOD).
package com.atlassian.activeobjects.external;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IgnoreReservedKeyword {
}
