package dev.waypoint.kpi.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny JQL tokenizer for tests, strict where Jira's grammar is: string literals in double or single quotes with
 * the escapes {@code \t \n \r \" \' \\ \<space> \\uXXXX} decoded; raw control characters inside a literal, unknown
 * escapes and unterminated literals are errors. Enough to check the shape of composed queries.
 */
final class JqlTokenizer {

    enum Type { LPAREN, RPAREN, COMMA, OPERATOR, STRING, WORD }

    record Token(Type type, String text) {

        static Token word(String text) {
            return new Token(Type.WORD, text);
        }

        static Token string(String text) {
            return new Token(Type.STRING, text);
        }

        static Token operator(String text) {
            return new Token(Type.OPERATOR, text);
        }
    }

    private static final String WORD_STOPS = "()\"',=!~<>";

    private JqlTokenizer() {
    }

    static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Type.LPAREN, "("));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Type.RPAREN, ")"));
                i++;
            } else if (c == ',') {
                tokens.add(new Token(Type.COMMA, ","));
                i++;
            } else if (c == '"' || c == '\'') {
                i = string(query, i, tokens);
            } else if ("=!~<>".indexOf(c) >= 0) {
                int end = i + 1;
                if (end < query.length() && query.charAt(end) == '=' || c == '!' && end < query.length()
                        && query.charAt(end) == '~') {
                    end++;
                }
                tokens.add(Token.operator(query.substring(i, end)));
                i = end;
            } else {
                int end = i;
                while (end < query.length() && !Character.isWhitespace(query.charAt(end))
                        && WORD_STOPS.indexOf(query.charAt(end)) < 0) {
                    end++;
                }
                tokens.add(Token.word(query.substring(i, end)));
                i = end;
            }
        }
        return tokens;
    }

    private static int string(String query, int start, List<Token> tokens) {
        char quote = query.charAt(start);
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (true) {
            if (i >= query.length()) {
                throw new IllegalArgumentException("unterminated string literal at " + start);
            }
            char c = query.charAt(i);
            if (c == quote) {
                tokens.add(Token.string(value.toString()));
                return i + 1;
            }
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException("raw control character U+" + Integer.toHexString(c) + " at " + i);
            }
            if (c != '\\') {
                value.append(c);
                i++;
                continue;
            }
            if (i + 1 >= query.length()) {
                throw new IllegalArgumentException("unterminated escape at " + i);
            }
            char e = query.charAt(i + 1);
            switch (e) {
                case 't' -> value.append('\t');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case '"', '\'', '\\', ' ' -> value.append(e);
                case 'u' -> {
                    value.append((char) Integer.parseInt(query.substring(i + 2, i + 6), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("illegal escape \\" + e + " at " + i);
            }
            i += 2;
        }
    }
}
