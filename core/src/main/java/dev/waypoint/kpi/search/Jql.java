package dev.waypoint.kpi.search;

import dev.waypoint.issue.IssueId;
import dev.waypoint.shared.ProjectKey;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * JQL composition for the refresh job, the one place Waypoint builds queries (DESIGN §5: "composed JQL never
 * concatenates raw user text"). User text only ever enters a query in two ways: as a whole query the user wrote
 * (validated as its owner when saved, and wrapped in parentheses so that it stays one operand), or as a string
 * literal made by {@link #quote}, which no input can break out of (property-tested in {@code JqlProperties}).
 */
public final class Jql {

    /** The placeholder of the admin's epic-children template, e.g. {@code "Epic Link" = {key}}. */
    public static final String KEY_PLACEHOLDER = "{key}";

    private Jql() {
    }

    /**
     * A JQL string literal whose value is exactly {@code value}: in double quotes, with backslash, both quotes, tab,
     * line breaks, control characters, Unicode non-characters and lone surrogates escaped as Jira's own
     * {@code JqlStringSupportImpl} does ({@code \\ \" \' \t \n \r \\uXXXX}).
     */
    public static String quote(String value) {
        Objects.requireNonNull(value, "'value' must not be null");
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\'' -> out.append("\\'");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsUnicodeEscape(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * {@code jql} without a top-level ORDER BY clause (one outside string literals and parentheses), trimmed. A query
     * that is only an ORDER BY becomes empty.
     */
    public static String withoutOrderBy(String jql) {
        Objects.requireNonNull(jql, "'jql' must not be null");
        int depth = 0;
        char inString = 0;
        for (int i = 0; i < jql.length(); i++) {
            char c = jql.charAt(i);
            if (inString != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == inString) {
                    inString = 0;
                }
            } else if (c == '"' || c == '\'') {
                inString = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && startsOrderBy(jql, i)) {
                return jql.substring(0, i).trim();
            }
        }
        return jql.trim();
    }

    /**
     * {@code (<jql without ORDER BY>) AND <clause>}; just {@code clause} when the query has no condition. The clause
     * must come from this class.
     */
    public static String and(String jql, String clause) {
        String condition = withoutOrderBy(jql);
        return condition.isEmpty() ? clause : "(" + condition + ") AND " + clause;
    }

    /**
     * The issues of {@code jql} in the given projects: {@code (<jql>) AND project in ("A", "B")}, so that a key
     * result's count never includes issues of other projects (DESIGN §5).
     *
     * @throws IllegalArgumentException if {@code projects} is empty
     */
    public static String inProjects(String jql, Collection<ProjectKey> projects) {
        if (projects.isEmpty()) {
            throw new IllegalArgumentException("'projects' must not be empty");
        }
        return and(jql, "project in (" + projects.stream().map(ProjectKey::value).sorted().map(Jql::quote)
                .collect(Collectors.joining(", ")) + ")");
    }

    /** The issues of {@code jql} assigned to the agent: {@code (<jql>) AND assignee = "<name>"}. */
    public static String assignedTo(String jql, Agent agent) {
        return and(jql, "assignee = " + quote(agent.name()));
    }

    /** The unassigned issues of {@code jql}. */
    public static String unassigned(String jql) {
        return and(jql, "assignee is EMPTY");
    }

    /** The assigned issues of {@code jql}, most recently updated first (to discover the assignees of the results). */
    public static String assignedMostRecentFirst(String jql) {
        return and(jql, "assignee is not EMPTY") + " ORDER BY updated DESC";
    }

    /**
     * The issues of {@code jql} with both date fields set, most recent {@code toField} first (a DURATION KPI's
     * sample). Field names are quoted, so any name is safe.
     */
    public static String durationSample(String jql, String fromField, String toField) {
        return and(jql, quote(fromField) + " is not EMPTY AND " + quote(toField) + " is not EMPTY")
                + " ORDER BY " + quote(toField) + " DESC";
    }

    /** {@code issue in (1, 2, 3)} for issue ids (numbers, so nothing to quote); the ids must not be empty. */
    public static String issuesWithIds(Collection<IssueId> ids) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("'ids' must not be empty");
        }
        return ids.stream().map(id -> Long.toString(id.value())).distinct()
                .collect(Collectors.joining(", ", "issue in (", ")"));
    }

    /**
     * The admin's epic-children template with every {@link #KEY_PLACEHOLDER} replaced by the quoted epic key, e.g.
     * {@code "Epic Link" = "SUP-12"}.
     */
    public static String fillTemplate(String template, String epicKey) {
        if (!template.contains(KEY_PLACEHOLDER)) {
            throw new IllegalArgumentException("the template has no " + KEY_PLACEHOLDER + " placeholder");
        }
        return template.replace(KEY_PLACEHOLDER, quote(epicKey));
    }

    private static boolean startsOrderBy(String jql, int i) {
        if ((i > 0 && !isBoundary(jql.charAt(i - 1))) || !jql.regionMatches(true, i, "order", 0, 5)) {
            return false;
        }
        int j = i + 5;
        if (j >= jql.length() || !Character.isWhitespace(jql.charAt(j))) {
            return false;
        }
        while (j < jql.length() && Character.isWhitespace(jql.charAt(j))) {
            j++;
        }
        return jql.regionMatches(true, j, "by", 0, 2)
                && (j + 2 == jql.length() || isBoundary(jql.charAt(j + 2)));
    }

    private static boolean isBoundary(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"' || c == '\'';
    }

    private static boolean needsUnicodeEscape(String value, int i) {
        char c = value.charAt(i);
        if (Character.isISOControl(c) || (c >= '\ufdd0' && c <= '\ufdef') || c == '\ufffe' || c == '\uffff') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
