package dev.waypoint.kpi.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waypoint.kpi.search.JqlTokenizer.Token;
import dev.waypoint.shared.UserKey;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No user-controlled text (user names, epic keys, field names) can change the structure of a composed query: whatever
 * the text, the composed query tokenizes to the fixed shape with exactly one string literal in the text's place, and
 * that literal decodes back to the text.
 */
class JqlPropertiesTest {

    private static final String USER_JQL = "project = SUP AND status = \"In Progress\" ORDER BY created DESC";

    @Provide
    Arbitrary<String> hostileTexts() {
        Arbitrary<String> fragment = Arbitraries.of("\"", "\\", "'", "(", ")", " AND ", " OR ", " or ", "\n", "\r",
                "\t", " ORDER BY ", "\\u0022", "\\\"", "\\'", "\u0000", "\u007f", "\u0085", "😀", "\ud83d", "\ude00",
                "\ufffe", "\ufdd0", "ü", "名前", " ", "=", "!=", ",", "{key}", "*", "%", "assignee", "EMPTY", "--",
                "/*", "~");
        Arbitrary<String> hostile = fragment.list().ofMinSize(1).ofMaxSize(12).map(parts -> String.join("", parts));
        return Arbitraries.oneOf(hostile, Arbitraries.strings().ofMinLength(1).ofMaxLength(40),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20));
    }

    @Property(tries = 2000)
    void quotedTextIsExactlyOneStringLiteralDecodingToTheText(@ForAll("hostileTexts") String text) {
        assertThat(JqlTokenizer.tokenize(Jql.quote(text))).containsExactly(Token.string(text));
    }

    @Property(tries = 2000)
    void noAgentNameChangesThePerAgentQuerysStructure(@ForAll("hostileTexts") String name) {
        List<Token> expected = new ArrayList<>(JqlTokenizer.tokenize("(project = SUP AND status = \"In Progress\")"));
        expected.addAll(List.of(Token.word("AND"), Token.word("assignee"), Token.operator("="), Token.string(name)));

        String composed = Jql.assignedTo(USER_JQL, new Agent(new UserKey("key"), name));

        assertThat(JqlTokenizer.tokenize(composed)).containsExactlyElementsOf(expected);
        assertThat(composed).doesNotContain("created DESC");
    }

    @Property(tries = 1000)
    void noEpicKeyChangesTheEpicChildrenQuerysStructure(@ForAll("hostileTexts") String key) {
        assertThat(JqlTokenizer.tokenize(Jql.fillTemplate("\"Epic Link\" = {key}", key)))
                .containsExactly(Token.string("Epic Link"), Token.operator("="), Token.string(key));
    }

    @Property(tries = 1000)
    void noFieldNameChangesTheDurationQuerysStructure(@ForAll("hostileTexts") String from,
            @ForAll("hostileTexts") String to) {
        List<Token> expected = new ArrayList<>(JqlTokenizer.tokenize("(project = SUP) AND"));
        expected.addAll(List.of(Token.string(from), Token.word("is"), Token.word("not"), Token.word("EMPTY"),
                Token.word("AND"), Token.string(to), Token.word("is"), Token.word("not"), Token.word("EMPTY"),
                Token.word("ORDER"), Token.word("BY"), Token.string(to), Token.word("DESC")));

        assertThat(JqlTokenizer.tokenize(Jql.durationSample("project = SUP", from, to)))
                .containsExactlyElementsOf(expected);
    }

    @Property(tries = 1000)
    void anOrderByInsideAStringLiteralIsNeverRemoved(@ForAll("hostileTexts") String text) {
        String condition = "summary ~ " + Jql.quote(text);

        assertThat(Jql.withoutOrderBy(condition + " ORDER BY created")).isEqualTo(condition);
        assertThat(Jql.withoutOrderBy(condition)).isEqualTo(condition);
    }
}
