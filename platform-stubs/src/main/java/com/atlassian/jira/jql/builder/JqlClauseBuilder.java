// Mirror of com.atlassian.jira.jql.builder.JqlClauseBuilder for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/jql/builder/JqlClauseBuilder.html (interface description);
//         full implementation compiled against jira-api 8.x: cures-hub/cures-condec-jira
//         src/test/java/de/uhd/ifi/se/decision/management/jira/mocks/MockJqlClauseBuilder.java;
//         turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/builder/JqlClauseBuilder.java (6.3)
// Signatures only; a verified SUBSET of the published interface (which has ~130 methods, many returning ConditionBuilder).
// Mock it rather than implement it.
package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;
import com.atlassian.query.clause.Clause;

public interface JqlClauseBuilder {

    JqlQueryBuilder endWhere();

    Query buildQuery();

    JqlClauseBuilder clear();

    JqlClauseBuilder defaultAnd();

    JqlClauseBuilder defaultOr();

    JqlClauseBuilder defaultNone();

    JqlClauseBuilder and();

    JqlClauseBuilder or();

    JqlClauseBuilder not();

    JqlClauseBuilder sub();

    JqlClauseBuilder endsub();

    JqlClauseBuilder project(String... projects);

    JqlClauseBuilder project(Long... pids);

    JqlClauseBuilder issue(String... keys);

    JqlClauseBuilder issueParent(String... keys);

    JqlClauseBuilder status(String... values);

    JqlClauseBuilder statusCategory(String... values);

    JqlClauseBuilder issueType(String... types);

    JqlClauseBuilder unresolved();

    JqlClauseBuilder assigneeUser(String userName);

    JqlClauseBuilder assigneeInGroup(String groupName);

    JqlClauseBuilder assigneeIsCurrentUser();

    JqlClauseBuilder assigneeIsEmpty();

    JqlClauseBuilder labels(String... labels);

    JqlClauseBuilder addClause(Clause clause);

    JqlClauseBuilder addStringCondition(String clauseName, String clauseValue);

    JqlClauseBuilder addStringCondition(String clauseName, String... clauseValues);

    JqlClauseBuilder addNumberCondition(String clauseName, Long clauseValue);

    JqlClauseBuilder addEmptyCondition(String clauseName);

    Clause buildClause();
}
