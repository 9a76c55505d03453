package dev.waypoint.preview.issues;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits JQL into {@link JqlToken}s. Strings may be in double or single quotes with the escapes core's
 * {@code Jql.quote} writes ({@code \\ \" \' \t \n \r \\uXXXX}); bare words are letters, digits, {@code _ - .}.
 * Anything else (other operators such as {@code ~}, reserved characters) is not supported.
 */
final class JqlLexer {

    private final String jql;
    private int position;

    private JqlLexer(String jql) {
        this.jql = jql;
    }

    static List<JqlToken> tokens(String jql) {
        return new JqlLexer(jql).all();
    }

    private List<JqlToken> all() {
        List<JqlToken> tokens = new ArrayList<>();
        while (true) {
            while (position < jql.length() && Character.isWhitespace(jql.charAt(position))) {
                position++;
            }
            if (position >= jql.length()) {
                tokens.add(new JqlToken(JqlToken.Kind.END, "", position, position));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private JqlToken next() {
        int start = position;
        char c = jql.charAt(position);
        switch (c) {
            case '(' -> {
                position++;
                return new JqlToken(JqlToken.Kind.OPEN, "(", start, position);
            }
            case ')' -> {
                position++;
                return new JqlToken(JqlToken.Kind.CLOSE, ")", start, position);
            }
            case ',' -> {
                position++;
                return new JqlToken(JqlToken.Kind.COMMA, ",", start, position);
            }
            case '"', '\'' -> {
                return string(c);
            }
            case '=', '!', '<', '>' -> {
                return operator();
            }
            default -> {
                if (isWordChar(c)) {
                    while (position < jql.length() && isWordChar(jql.charAt(position))) {
                        position++;
                    }
                    return new JqlToken(JqlToken.Kind.WORD, jql.substring(start, position), start, position);
                }
                throw new UnsupportedJqlException(jql.substring(start));
            }
        }
    }

    private JqlToken operator() {
        int start = position;
        position++;
        if (position < jql.length() && jql.charAt(position) == '=') {
            position++;
        }
        String text = jql.substring(start, position);
        if (text.equals("!")) {
            throw new UnsupportedJqlException(jql.substring(start));
        }
        return new JqlToken(JqlToken.Kind.OPERATOR, text, start, position);
    }

    private JqlToken string(char quote) {
        int start = position++;
        StringBuilder value = new StringBuilder();
        while (position < jql.length()) {
            char c = jql.charAt(position++);
            if (c == quote) {
                return new JqlToken(JqlToken.Kind.STRING, value.toString(), start, position);
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= jql.length()) {
                break;
            }
            char escaped = jql.charAt(position++);
            switch (escaped) {
                case 't' -> value.append('\t');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 'u' -> value.append(unicode(start));
                default -> value.append(escaped);
            }
        }
        throw new UnsupportedJqlException(jql.substring(start));
    }

    private char unicode(int start) {
        if (position + 4 > jql.length()) {
            throw new UnsupportedJqlException(jql.substring(start));
        }
        try {
            char c = (char) Integer.parseInt(jql.substring(position, position + 4), 16);
            position += 4;
            return c;
        } catch (NumberFormatException e) {
            throw new UnsupportedJqlException(jql.substring(start));
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }
}
