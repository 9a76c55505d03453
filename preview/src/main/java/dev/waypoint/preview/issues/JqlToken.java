package dev.waypoint.preview.issues;

/**
 * One token of a JQL text: a bare word, a quoted string (unescaped), an operator, a parenthesis, a comma, or the end.
 * {@code start} and {@code end} are the token's place in the text, to quote what is not supported.
 */
record JqlToken(Kind kind, String text, int start, int end) {

    enum Kind { WORD, STRING, OPERATOR, OPEN, CLOSE, COMMA, END }

    /** Whether this is the bare word {@code word}, ignoring case (JQL keywords are case-insensitive). */
    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** A word or a string: something that names a field or a value. */
    boolean isText() {
        return kind == Kind.WORD || kind == Kind.STRING;
    }
}
