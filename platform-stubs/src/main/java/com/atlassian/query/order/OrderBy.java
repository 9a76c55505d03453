// Mirror of com.atlassian.query.order.OrderBy for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: type referenced by turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/query/Query.java
//         and .../com/atlassian/jira/jql/builder/JqlQueryBuilder.java (6.3)
// Mirrored only as a type. Left out: List<SearchSort> getSearchSorts() (SearchSort not mirrored).
// UNVERIFIED: member list of this interface.
package com.atlassian.query.order;

public interface OrderBy {
}
