package dev.waypoint.preview.issues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser for exactly the JQL the sample KPIs and key results use, and the queries core composes from them:
 * clauses joined by {@code AND}, parentheses for grouping, an optional {@code ORDER BY <date field> [ASC|DESC]}.
 * Supported clauses (field names and keywords ignore case; values may be quoted):
 * <pre>
 * project = KEY | in (KEY, …)            issuetype = NAME
 * statusCategory = NAME | != NAME        labels = NAME
 * assignee = "user" | is EMPTY | is not EMPTY
 * created | resolved (>= | &lt;=) -Nd       "created" | "resolutiondate" is not EMPTY
 * issue in (ids) | id in (ids)           "Epic Link" = KEY
 * </pre>
 * Everything else ({@code OR}, {@code NOT}, functions, other fields or operators) raises
 * {@link UnsupportedJqlException} naming where it stopped.
 */
final class SampleJqlParser {

    private static final Pattern RELATIVE_DAYS = Pattern.compile("-(\\d{1,4})d");
    private static final Pattern ISSUE_ID = Pattern.compile("\\d{1,18}");

    private final String jql;
    private final List<JqlToken> tokens;
    private int index;

    private SampleJqlParser(String jql) {
        this.jql = jql;
        this.tokens = JqlLexer.tokens(jql);
    }

    /** @throws UnsupportedJqlException for anything outside the supported shapes */
    static SampleQuery parse(String jql) {
        return new SampleJqlParser(jql).query();
    }

    private SampleQuery query() {
        SampleClause condition = peek().kind() == JqlToken.Kind.END || peek().isWord("order")
                ? new SampleClause.All(List.of()) : expression();
        DateField orderField = null;
        boolean descending = false;
        if (peek().isWord("order")) {
            next();
            expectWord("by");
            JqlToken field = next();
            orderField = field.isText() ? DateField.byName(field.text()).orElse(null) : null;
            if (orderField == null) {
                throw unsupported(field);
            }
            if (peek().isWord("asc") || peek().isWord("desc")) {
                descending = next().isWord("desc");
            }
        }
        if (peek().kind() != JqlToken.Kind.END) {
            throw unsupported(peek());
        }
        return new SampleQuery(condition, orderField, descending);
    }

    private SampleClause expression() {
        List<SampleClause> clauses = new ArrayList<>();
        clauses.add(term());
        while (peek().isWord("and")) {
            next();
            clauses.add(term());
        }
        return clauses.size() == 1 ? clauses.get(0) : new SampleClause.All(clauses);
    }

    private SampleClause term() {
        if (peek().kind() == JqlToken.Kind.OPEN) {
            next();
            SampleClause inner = expression();
            if (peek().kind() != JqlToken.Kind.CLOSE) {
                throw unsupported(peek());
            }
            next();
            return inner;
        }
        return clause();
    }

    private SampleClause clause() {
        JqlToken field = next();
        if (!field.isText() || isKeyword(field)) {
            throw unsupported(field);
        }
        String name = field.text().toLowerCase(Locale.ROOT);
        if (peek().isWord("is")) {
            next();
            boolean not = peek().isWord("not");
            if (not) {
                next();
            }
            expectWord("empty");
            return emptiness(name, not, field);
        }
        if (peek().isWord("in")) {
            next();
            return in(name, field);
        }
        JqlToken operator = next();
        JqlToken value = next();
        if (operator.kind() != JqlToken.Kind.OPERATOR || !value.isText() || isKeyword(value)) {
            throw unsupported(field);
        }
        return comparison(name, operator.text(), value, field);
    }

    private SampleClause comparison(String field, String operator, JqlToken value, JqlToken start) {
        String text = value.text();
        return switch (field + " " + operator) {
            case "project =" -> new SampleClause.ProjectIs(text);
            case "issuetype =", "type =" -> new SampleClause.TypeIs(text);
            case "statuscategory =" -> new SampleClause.CategoryIs(text, false);
            case "statuscategory !=" -> new SampleClause.CategoryIs(text, true);
            case "assignee =" -> new SampleClause.AssigneeIs(text);
            case "labels =" -> new SampleClause.LabelIs(text);
            case "epic link =" -> new SampleClause.EpicLinkIs(text);
            case "created >=", "created <=", "resolved >=", "resolved <=", "resolutiondate >=",
                    "resolutiondate <=" -> relativeDate(field, operator, value, start);
            default -> throw unsupported(start);
        };
    }

    private SampleClause relativeDate(String field, String operator, JqlToken value, JqlToken start) {
        Matcher days = RELATIVE_DAYS.matcher(value.text());
        if (value.kind() != JqlToken.Kind.WORD || !days.matches()) {
            throw unsupported(start);
        }
        return new SampleClause.DateWithin(DateField.byName(field).orElseThrow(), operator.equals(">="),
                Integer.parseInt(days.group(1)));
    }

    private SampleClause emptiness(String field, boolean not, JqlToken start) {
        if (field.equals("assignee")) {
            return new SampleClause.AssigneeEmpty(!not);
        }
        if (not && (field.equals("created") || field.equals("resolutiondate") || field.equals("resolved"))) {
            return new SampleClause.DateSet(DateField.byName(field).orElseThrow());
        }
        throw unsupported(start);
    }

    private SampleClause in(String field, JqlToken start) {
        if (field.equals("project") && peek().kind() == JqlToken.Kind.OPEN) {
            return projectIn(start);
        }
        if (!(field.equals("issue") || field.equals("id")) || peek().kind() != JqlToken.Kind.OPEN) {
            throw unsupported(start);
        }
        next();
        Set<Long> ids = new LinkedHashSet<>();
        while (true) {
            JqlToken id = next();
            if (id.kind() != JqlToken.Kind.WORD || !ISSUE_ID.matcher(id.text()).matches()) {
                throw unsupported(start);
            }
            ids.add(Long.parseLong(id.text()));
            JqlToken separator = next();
            if (separator.kind() == JqlToken.Kind.CLOSE) {
                return new SampleClause.IssueIn(ids);
            }
            if (separator.kind() != JqlToken.Kind.COMMA) {
                throw unsupported(start);
            }
        }
    }

    private SampleClause projectIn(JqlToken start) {
        next();
        Set<String> keys = new LinkedHashSet<>();
        while (true) {
            JqlToken key = next();
            if (!key.isText() || isKeyword(key)) {
                throw unsupported(start);
            }
            keys.add(key.text());
            JqlToken separator = next();
            if (separator.kind() == JqlToken.Kind.CLOSE) {
                return new SampleClause.ProjectIn(keys);
            }
            if (separator.kind() != JqlToken.Kind.COMMA) {
                throw unsupported(start);
            }
        }
    }

    private void expectWord(String word) {
        JqlToken token = next();
        if (!token.isWord(word)) {
            throw unsupported(token);
        }
    }

    private static boolean isKeyword(JqlToken token) {
        return token.kind() == JqlToken.Kind.WORD && Set.of("and", "or", "not", "is", "in", "order", "by", "empty")
                .contains(token.text().toLowerCase(Locale.ROOT));
    }

    private JqlToken peek() {
        return tokens.get(index);
    }

    private JqlToken next() {
        JqlToken token = tokens.get(index);
        if (token.kind() != JqlToken.Kind.END) {
            index++;
        }
        return token;
    }

    private UnsupportedJqlException unsupported(JqlToken from) {
        String rest = jql.substring(Math.min(from.start(), jql.length())).strip();
        return new UnsupportedJqlException(rest.isEmpty() ? jql.strip() : rest);
    }
}
