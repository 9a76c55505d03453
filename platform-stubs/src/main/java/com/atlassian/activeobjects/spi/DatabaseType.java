// Mirror of com.atlassian.activeobjects.spi.DatabaseType for Jira Data Center 11.3 LTS (com.atlassian.activeobjects:activeobjects-spi).
// Source: public repo Kast0rTr0y/ao-plugin, path activeobjects-spi/src/main/java/com/atlassian/activeobjects/spi/DatabaseType.java (AO plugin 1.4.x)
// UNVERIFIED: the constant list of AO 6.1.x (Jira 11.3); newer builds may have dropped or added constants (e.g. NUODB, DERBY_*).
package com.atlassian.activeobjects.spi;

public enum DatabaseType {
    H2,
    HSQL,
    MYSQL,
    POSTGRESQL,
    ORACLE,
    MS_SQL,
    DB2,
    DERBY_EMBEDDED,
    DERBY_NETWORK,
    NUODB,
    UNKNOWN
}
