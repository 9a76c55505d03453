package dev.waypoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.waypoint.shared.InvalidInputException;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The boundary parsers: each names its field on failure, collects every problem and never throws raw exceptions. */
class ParamsTest {

    private final Params params = new Params(Clock.fixed(Instant.parse("2026-02-15T10:00:00Z"), ZoneOffset.UTC));

    private void assertOneError(String field, String message) {
        assertThatThrownBy(params::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).field()).isEqualTo(field);
            assertThat(e.errors().get(0).message()).isEqualTo(message);
        });
    }

    @Nested
    class Ids {

        @Test
        void givenPositiveNumber_parsingId_answersIt() {
            assertThat(params.id("id", "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
            assertThat(params.hasProblems()).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "01", "1.0", "1e3", " 1", "abc", "9223372036854775808", ""})
        void givenNotAPositiveId_parsingId_reportsTheField(String raw) {
            assertThat(params.id("objectiveId", raw)).isNull();

            assertOneError("objectiveId", "Must be a positive whole number, was \"" + raw + "\"");
        }

        @Test
        void givenNothing_parsingRequiredId_reportsRequired() {
            params.id("id", null);

            assertOneError("id", "A value is required");
        }

        @Test
        void givenNothing_parsingOptionalId_answersNullWithoutProblem() {
            assertThat(params.optionalId("id", null)).isNull();
            assertThat(params.hasProblems()).isFalse();
        }

        @Test
        void givenBadId_requiringItAtOnce_throws() {
            assertThatThrownBy(() -> Params.requireId("id", "x")).isInstanceOf(InvalidInputException.class);
            assertThat(Params.requireId("id", "42")).isEqualTo(42L);
        }

        @Test
        void givenHugeValue_parsing_echoesOnlyItsStart() {
            params.id("id", "x".repeat(10_000));

            assertThatThrownBy(params::throwIfAny).hasMessageContaining("...").hasMessageNotContaining("x".repeat(60));
        }
    }

    @Nested
    class Dates {

        @Test
        void givenIsoDate_parsing_answersIt() {
            assertThat(params.date("due", "2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "31.03.2026", "2026-3-31", "2026-03-31T00:00", "tomorrow"})
        void givenNotAnIsoDate_parsing_reportsTheField(String raw) {
            params.date("due", raw);

            assertOneError("due", "Must be a date like 2026-03-31, was \"" + raw + "\"");
        }

        @Test
        void givenDateMoreThan100YearsAway_parsing_reportsOutOfRange() {
            params.date("due", "2126-02-16");

            assertOneError("due", "Date 16 Feb 2126 must be within 100 years of today");
        }

        @Test
        void givenDateExactly100YearsBack_parsing_isAccepted() {
            assertThat(params.date("from", LocalDate.of(1926, 2, 15))).isNotNull();
            assertThat(params.hasProblems()).isFalse();
        }
    }

    @Nested
    class Numbers {

        @ParameterizedTest
        @ValueSource(strings = {"0", "-12.5", "3e2", "1E-3"})
        void givenJsonNumber_parsing_answersIt(String raw) {
            assertThat(params.number("target", raw)).isEqualTo(Double.valueOf(raw));
        }

        @ParameterizedTest
        @ValueSource(strings = {"NaN", "Infinity", "0x10", "1d", "1,5", " 1", "+1", ".5", ""})
        void givenNotAJsonNumber_parsing_reportsTheField(String raw) {
            params.number("target", raw);

            assertOneError("target", "Must be a number, was \"" + raw + "\"");
        }

        @Test
        void givenOverflowingNumber_parsing_reportsNotFinite() {
            params.number("target", "1e999");

            assertOneError("target", "Must be a finite number");
        }

        @Test
        void givenNonFiniteValueFromABody_checking_reportsNotFinite() {
            params.number("target", Double.NaN);

            assertOneError("target", "Must be a finite number");
        }
    }

    @Nested
    class EnumsTextsAndKeys {

        enum Colour { RED, GREEN }

        @Test
        void givenExactName_parsingEnum_answersTheConstant() {
            assertThat(params.enumValue("colour", "GREEN", Colour.class)).isEqualTo(Colour.GREEN);
        }

        @Test
        void givenOtherName_parsingEnum_listsTheAllowedValues() {
            params.enumValue("colour", "green", Colour.class);

            assertOneError("colour", "Must be one of RED, GREEN, was \"green\"");
        }

        @Test
        void givenTooLongText_checking_reportsLimitAndLength() {
            params.optionalText("description", "x".repeat(11), 10);

            assertOneError("description", "Must be at most 10 characters, was 11");
        }

        @Test
        void givenMultiLineText_checkingText_acceptsLineBreaksAndTabs() {
            assertThat(params.optionalText("comment", "a\nb\r\n\tc", 100)).isEqualTo("a\nb\r\n\tc");
        }

        @Test
        void givenMultiLineText_checkingLine_reportsControlCharacters() {
            params.optionalLine("title", "a\nb", 100);

            assertOneError("title", "Must not contain control characters");
        }

        @Test
        void givenNulCharacter_checkingText_reportsControlCharacters() {
            params.optionalText("comment", "a\u0000", 100);

            assertOneError("comment", "Must not contain control characters");
        }

        @Test
        void givenBlankRequiredLine_checking_reportsRequired() {
            params.line("title", "   ", 100);

            assertOneError("title", "A value is required");
        }

        @Test
        void givenKeys_parsing_answersValueObjects() {
            assertThat(params.projectKey("project", "SUP")).isEqualTo(new ProjectKey("SUP"));
            assertThat(params.userKey("owner", "JIRAUSER10000")).isEqualTo(new UserKey("JIRAUSER10000"));
        }

        @Test
        void givenLowerCaseProjectKey_parsing_reportsTheField() {
            params.projectKey("project", "sup");

            assertOneError("project", "Must be a Jira project key like SUP, was \"sup\"");
        }

        @Test
        void givenNoBody_checkingBody_reportsBodyRequired() {
            params.body(null);

            assertOneError("body", "A JSON body is required");
        }
    }

    @Test
    void givenSeveralBadParameters_throwing_reportsAllInOrder() {
        params.id("id", "x");
        params.date("from", "y");
        params.enumValue("kind", "z", EnumsTextsAndKeys.Colour.class);

        assertThatThrownBy(params::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("id", "from", "kind"));
    }
}
