// Mirror of com.atlassian.sal.api.transaction.TransactionTemplate for Jira Data Center 11.3 LTS (com.atlassian.sal:sal-api).
// Source: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionTemplate.html (raw, pre-generics);
//         generic signature per reference doc section 2.6 (public decompiled SAL copy, repository not identified).
// UNVERIFIED: generic signature <T> T execute(TransactionCallback<T>) against a named Platform 8 source.
package com.atlassian.sal.api.transaction;

public interface TransactionTemplate {

    <T> T execute(TransactionCallback<T> action);
}
