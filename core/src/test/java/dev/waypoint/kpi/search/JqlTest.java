package dev.waypoint.kpi.search;

import static dev.waypoint.kpi.testdata.KpiTestData.agent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.issue.IssueId;
import dev.waypoint.kpi.search.JqlTokenizer.Token;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JqlTest {

    @Test
    void givenSpecialCharacters_quote_escapesThemAsJiraDoes() {
        assertThat(Jql.quote("a\"b\\c'd\te\nf\rg")).isEqualTo("\"a\\\"b\\\\c\\'d\\te\\nf\\rg\"");
        assertThat(Jql.quote("\u0000\u001f\u007f\u0085\ufffe\ufdd0")).isEqualTo(
                "\"\\u0000\\u001f\\u007f\\u0085\\ufffe\\ufdd0\"");
        assertThat(Jql.quote("ünïcødé 名前 😀")).isEqualTo("\"ünïcødé 名前 😀\"");
        assertThat(Jql.quote("lone \ud83d high")).isEqualTo("\"lone \\ud83d high\"");
        assertThat(Jql.quote("")).isEqualTo("\"\"");
    }

    static Stream<Arguments> queriesWithAndWithoutOrderBy() {
        return Stream.of(
                Arguments.of("project = SUP ORDER BY created DESC", "project = SUP"),
                Arguments.of("project = SUP order   by rank", "project = SUP"),
                Arguments.of("project = SUP\nORDER\tBY created", "project = SUP"),
                Arguments.of("summary ~ \"order by\" AND x = 1", "summary ~ \"order by\" AND x = 1"),
                Arguments.of("summary ~ 'order by \\' order by' ORDER BY key", "summary ~ 'order by \\' order by'"),
                Arguments.of("(a = 1 ORDER BY b) AND c = 2", "(a = 1 ORDER BY b) AND c = 2"),
                Arguments.of("ORDER BY created", ""),
                Arguments.of("reorder by = 1", "reorder by = 1"),
                Arguments.of("project = SUP", "project = SUP"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("queriesWithAndWithoutOrderBy")
    void givenQuery_withoutOrderBy_removesOnlyATopLevelOrderBy(String jql, String expected) {
        assertThat(Jql.withoutOrderBy(jql)).isEqualTo(expected);
    }

    @Test
    void givenUserQueryWithOrderBy_assignedTo_wrapsItAndQuotesTheAgentsName() {
        String composed = Jql.assignedTo("project = SUP OR project = OPS ORDER BY created", agent("o'brien \"x\""));

        assertThat(composed).isEqualTo("(project = SUP OR project = OPS) AND assignee = \"o\\'brien \\\"x\\\"\"");
    }

    @Test
    void givenUserQuery_unassignedAndAssignedMostRecentFirst_composeFixedClauses() {
        assertThat(Jql.unassigned("project = SUP")).isEqualTo("(project = SUP) AND assignee is EMPTY");
        assertThat(Jql.assignedMostRecentFirst("project = SUP ORDER BY key"))
                .isEqualTo("(project = SUP) AND assignee is not EMPTY ORDER BY updated DESC");
        assertThat(Jql.unassigned("ORDER BY key")).isEqualTo("assignee is EMPTY");
    }

    @Test
    void givenDateFields_durationSample_quotesThemAndOrdersByTheSecondDescending() {
        assertThat(Jql.durationSample("project = SUP", "created", "Resolved \"date\""))
                .isEqualTo("(project = SUP) AND \"created\" is not EMPTY AND \"Resolved \\\"date\\\"\" is not EMPTY"
                        + " ORDER BY \"Resolved \\\"date\\\"\" DESC");
    }

    @Test
    void givenIssueIds_issuesWithIds_listsEachOnce() {
        assertThat(Jql.issuesWithIds(List.of(new IssueId(10), new IssueId(7), new IssueId(10))))
                .isEqualTo("issue in (10, 7)");
        assertThatThrownBy(() -> Jql.issuesWithIds(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenTemplate_fillTemplate_replacesEveryPlaceholderWithTheQuotedKey() {
        assertThat(Jql.fillTemplate("\"Epic Link\" = {key} OR parent = {key}", "SUP-1\") OR (x"))
                .isEqualTo("\"Epic Link\" = \"SUP-1\\\") OR (x\" OR parent = \"SUP-1\\\") OR (x\"");
        assertThatThrownBy(() -> Jql.fillTemplate("parent = SUP-1", "SUP-2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenComposedQuery_tokenizer_seesTheExpectedShape() {
        List<Token> tokens = JqlTokenizer.tokenize(Jql.assignedTo("a = 1", agent("x) OR (y")));

        assertThat(tokens).containsExactly(new Token(JqlTokenizer.Type.LPAREN, "("), Token.word("a"),
                Token.operator("="), Token.word("1"), new Token(JqlTokenizer.Type.RPAREN, ")"), Token.word("AND"),
                Token.word("assignee"), Token.operator("="), Token.string("x) OR (y"));
    }
}
