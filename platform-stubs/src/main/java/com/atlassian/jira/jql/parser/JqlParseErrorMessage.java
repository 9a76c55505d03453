// Mirror of com.atlassian.jira.jql.parser.JqlParseErrorMessage for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/parser/JqlParseErrorMessage.java (6.3)
// Added only because the JqlParseException constructors take it. Signatures only; minimal subset.
// UNVERIFIED: the remaining constructor overloads and getters of this class.
package com.atlassian.jira.jql.parser;

import java.util.Collection;

public final class JqlParseErrorMessage {

    public JqlParseErrorMessage(String key, int lineNumber, int columnNumber, Collection<?> arguments) {
        throw new UnsupportedOperationException("stub");
    }

    public String getKey() {
        throw new UnsupportedOperationException("stub");
    }

    public int getLineNumber() {
        throw new UnsupportedOperationException("stub");
    }

    public int getColumnNumber() {
        throw new UnsupportedOperationException("stub");
    }
}
