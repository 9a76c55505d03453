package dev.waypoint.jira.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small tokenizer for rendered templates: finds the real tags (text never contains {@code <} once escaped) and
 * their attributes, and reports script elements, inline event handlers and {@code javascript:} URLs, which the app
 * must never emit (DESIGN §5; the preview's CSP would report the first two).
 */
final class HtmlCheck {

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s*([^\\s=>/\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    private HtmlCheck() {
    }

    /** The problems of {@code html}, as sentences; empty when it is clean. */
    static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("script") || name.equals("iframe") || name.equals("object") || name.equals("embed")) {
                problems.add("element <" + name + ">");
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = attribute.group(2) == null ? "" : unquote(attribute.group(2));
                if (attributeName.startsWith("on")) {
                    problems.add("inline handler " + attributeName + " on <" + name + ">");
                }
                if (value.trim().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    problems.add("javascript: URL in " + attributeName + " of <" + name + ">");
                }
            }
        }
        return problems;
    }

    private static String unquote(String value) {
        return value.startsWith("\"") || value.startsWith("'") ? value.substring(1, value.length() - 1) : value;
    }
}
