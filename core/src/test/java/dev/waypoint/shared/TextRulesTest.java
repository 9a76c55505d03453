package dev.waypoint.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {

    private static final MessageCatalog MESSAGES = MessageCatalog.of(
            "waypoint.test.title.required", "Title is required",
            "waypoint.test.title.tooLong", "Title must be at most {0} characters, was {1}",
            "waypoint.test.title.controlCharacters", "Title must not contain control characters");

    @Test
    void givenLines_requireLine_refusesBlankLongAndControlCharactersIncludingLineBreaks() {
        assertThat(keysFor(null)).containsExactly("waypoint.test.title.required");
        assertThat(keysFor(" \t")).containsExactly("waypoint.test.title.required");
        assertThat(keysFor("x".repeat(11))).containsExactly("waypoint.test.title.tooLong");
        assertThat(keysFor("a\nb")).containsExactly("waypoint.test.title.controlCharacters");
        assertThat(keysFor("x".repeat(10))).isEmpty();
    }

    @Test
    void givenTexts_optionalText_acceptsNullAndLineBreaksButNotOtherControlCharacters() {
        assertThat(optionalKeysFor(null)).isEmpty();
        assertThat(optionalKeysFor("line\r\nnext\ttab")).isEmpty();
        assertThat(optionalKeysFor("bell\u0007")).containsExactly("waypoint.test.title.controlCharacters");
        assertThat(optionalKeysFor("x".repeat(21))).containsExactly("waypoint.test.title.tooLong");
    }

    @Test
    void givenTexts_optionalLine_acceptsNullAndBlankButNotLineBreaksOrLongText() {
        assertThat(optionalLineKeysFor(null)).isEmpty();
        assertThat(optionalLineKeysFor("  ")).isEmpty();
        assertThat(optionalLineKeysFor("tick\nets")).containsExactly("waypoint.test.title.controlCharacters");
        assertThat(optionalLineKeysFor("tab\there")).containsExactly("waypoint.test.title.controlCharacters");
        assertThat(optionalLineKeysFor("x".repeat(11))).containsExactly("waypoint.test.title.tooLong");
        assertThat(optionalLineKeysFor("tickets")).isEmpty();
    }

    private static List<String> optionalLineKeysFor(String value) {
        Problems problems = new Problems();
        TextRules.optionalLine(MESSAGES, problems, "title", "waypoint.test.title", value, 10);
        return keys(problems);
    }

    private static List<String> keysFor(String value) {
        Problems problems = new Problems();
        TextRules.requireLine(MESSAGES, problems, "title", "waypoint.test.title", value, 10);
        return keys(problems);
    }

    private static List<String> optionalKeysFor(String value) {
        Problems problems = new Problems();
        TextRules.optionalText(MESSAGES, problems, "title", "waypoint.test.title", value, 20);
        return keys(problems);
    }

    private static List<String> keys(Problems problems) {
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(FieldError::messageKey).toList();
        }
    }

    @Test
    void givenLoneSurrogates_bothChecks_refuseThemAsMalformedButKeepPairs() {
        assertThat(TextRules.isWellFormed("Ship \ud83d\ude80 today")).isTrue();
        assertThat(TextRules.isWellFormed("broken \ud800")).isFalse();
        assertThat(TextRules.isWellFormed("\udc00 broken")).isFalse();
        assertThat(TextRules.isWellFormed("\ude80\ud83d")).as("a pair in the wrong order").isFalse();

        assertThat(keysFor("a \ud800 b")).containsExactly(TextMessages.MALFORMED);
        assertThat(optionalKeysFor("a \udfff")).containsExactly(TextMessages.MALFORMED);
        assertThat(keysFor("ok \ud83d\ude80")).isEmpty();
    }
}
