// Mirror of com.atlassian.jira.jql.parser.JqlParseException for Jira Data Center 11.3 LTS (com.atlassian.jira:jira-api).
// Source: turgaycelik/mysource jira-project/jira-components/jira-api/src/main/java/com/atlassian/jira/jql/parser/JqlParseException.java (6.3)
// Checked exception (extends Exception); constructors and methods are stubs.
package com.atlassian.jira.jql.parser;

public class JqlParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public JqlParseException(JqlParseErrorMessage errorMessage) {
        throw new UnsupportedOperationException("stub");
    }

    public JqlParseException(JqlParseErrorMessage errorMessage, String message) {
        throw new UnsupportedOperationException("stub");
    }

    public JqlParseException(JqlParseErrorMessage errorMessage, Throwable cause) {
        throw new UnsupportedOperationException("stub");
    }

    public JqlParseErrorMessage getParseErrorMessage() {
        throw new UnsupportedOperationException("stub");
    }

    public int getLineNumber() {
        throw new UnsupportedOperationException("stub");
    }

    public int getColumnNumber() {
        throw new UnsupportedOperationException("stub");
    }
}
