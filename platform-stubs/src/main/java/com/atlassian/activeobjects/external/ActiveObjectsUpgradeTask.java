// Mirror of com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask for Jira Data Center 11.3 LTS (com.atlassian.activeobjects:activeobjects-plugin).
// Source: public repo Kast0rTr0y/ao-plugin, path activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.java
// Signatures only.
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
