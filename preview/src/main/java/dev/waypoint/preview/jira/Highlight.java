package dev.waypoint.preview.jira;

import java.util.Locale;

/**
 * What Jira's pickers put into their {@code html}, {@code keyHtml} and {@code summary} fields: the text HTML-escaped,
 * with the first match of the query wrapped in a tag ({@code <strong>} for users, {@code <b>} for issues).
 */
final class Highlight {

    private Highlight() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code text} escaped, its first case-insensitive occurrence of {@code query} in {@code <tag>}. */
    static String of(String text, String query, String tag) {
        if (text == null) {
            return "";
        }
        int at = query.isEmpty() ? -1 : text.toLowerCase(Locale.ROOT).indexOf(query.toLowerCase(Locale.ROOT));
        if (at < 0) {
            return escape(text);
        }
        int end = at + query.length();
        return escape(text.substring(0, at)) + "<" + tag + ">" + escape(text.substring(at, end)) + "</" + tag + ">"
                + escape(text.substring(end));
    }
}
