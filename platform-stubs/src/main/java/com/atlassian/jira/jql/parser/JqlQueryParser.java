// Mirror of com.atlassian.jira.jql.parser.JqlQueryParser for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/parser/JqlQueryParser.java (6.3);
//         reference doc section 2.2
// Signatures only.
// UNVERIFIED: isValidFunctionName(String) and isValidValue(String) (seen only in javadoc prose per reference doc 2.2).
package com.atlassian.jira.jql.parser;

import com.atlassian.query.Query;

public interface JqlQueryParser {

    Query parseQuery(String jqlQuery) throws JqlParseException;

    boolean isValidFieldName(String fieldName);

    boolean isValidFunctionArgument(String argument);

    boolean isValidFunctionName(String functionName);

    boolean isValidValue(String value);
}
