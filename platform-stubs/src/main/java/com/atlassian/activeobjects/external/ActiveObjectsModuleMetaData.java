// Mirror of com.atlassian.activeobjects.external.ActiveObjectsModuleMetaData for Jira Data Center 11.3 LTS (com.atlassian.activeobjects:activeobjects-plugin).
// Source: public repo Kast0rTr0y/ao-plugin, path activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjectsModuleMetaData.java
// Signatures only.
package com.atlassian.activeobjects.external;

import com.atlassian.activeobjects.spi.DatabaseType;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.java.ao.RawEntity;

public interface ActiveObjectsModuleMetaData {

    void awaitInitialization() throws ExecutionException, InterruptedException;

    void awaitInitialization(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException;

    boolean isInitialized();

    DatabaseType getDatabaseType();

    boolean isDataSourcePresent();

    boolean isTablePresent(Class<? extends RawEntity<?>> type);
}
