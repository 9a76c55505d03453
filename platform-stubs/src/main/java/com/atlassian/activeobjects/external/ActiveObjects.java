// Mirror of com.atlassian.activeobjects.external.ActiveObjects for Jira Data Center 11.3 LTS (com.atlassian.activeobjects:activeobjects-plugin).
// Source: public repo Kast0rTr0y/ao-plugin, path activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java (Apache-2.0, AO plugin 1.4.x);
//         usage on Jira 11.3.1: codescape/jira-scrum-poker src/main/java/de/codescape/jira/plugins/scrumpoker/service/ScrumPokerSessionServiceImpl.java
// Signatures only. The core method list of reference doc section 2.6; the newer additions
// create(Class, List<Map>) and getFastCountEstimate(Class) are deliberately left out.
// UNVERIFIED: that AO plugin 6.1.x (Jira 11.3) has no further abstract methods on this interface.
// Jira 10/11: deleteWithSQL, find(Class, Query) <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira
//         11.0.0: jira-api 11.0.0, platform 8.0.0)
//         jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/dao/impl/DefaultConfigurationDao.java
//         (deleteWithSQL),
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/DefaultSlackUserManager.java
//         (find)
// Not confirmed for Jira 10/11: create(Class, Map), executeInTransaction, stream <- the Jira 11 apps found use find,
//         deleteWithSQL and create(Class, DBParam...) only; these three are in the published ActiveObjects interface
//         (Source above); no other form to replace them with
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {

    @SuppressWarnings("unchecked") // source-only; silences javac heap-pollution lint on the published signature
    void migrate(Class<? extends RawEntity<?>>... entities);

    @SuppressWarnings("unchecked") // source-only; silences javac heap-pollution lint on the published signature
    void migrateDestructively(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    void flush(RawEntity<?>... entities);

    @SuppressWarnings("unchecked") // source-only; silences javac heap-pollution lint on the published signature
    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);

    ActiveObjectsModuleMetaData moduleMetaData();
}
