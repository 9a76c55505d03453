// Mirror of com.atlassian.sal.api.transaction.TransactionCallback for Jira Data Center 11.3 LTS (com.atlassian.sal:sal-api).
// Source: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html (raw, pre-generics);
//         generic form <T> as used by Kast0rTr0y/ao-plugin activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java
//         (executeInTransaction(TransactionCallback<T>)) and https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html
// UNVERIFIED: whether sal-api for Platform 8 annotates this as a @FunctionalInterface (irrelevant to callers).
// Jira 10/11: doInTransaction <- atlassian-labs/atlassian-slack-integration-server@94c50dc (Jira 11.0.0: jira-api
//         11.0.0, platform 8.0.0)
//         slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/user/DefaultSlackUserManager.java
//         (transactionTemplate.execute(() -> ...): a lambda implementing TransactionCallback)
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    T doInTransaction();
}
