package dev.waypoint.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageCatalogTest {

    private final MessageCatalog catalog = MessageCatalog.of(
            "waypoint.test.weight.outOfRange", "Weight must be greater than 0 and at most {1}, was {0}",
            "waypoint.test.quoted", "Cycle \"{0}\" isn''t open");

    @Test
    void givenArguments_add_recordsKeyDisplayArgumentsAndEnglishMessage() {
        Problems problems = new Problems();

        catalog.add(problems, "weight", "waypoint.test.weight.outOfRange", -0.5, 1e12);

        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            FieldError error = e.errors().get(0);
            assertThat(error.field()).isEqualTo("weight");
            assertThat(error.messageKey()).isEqualTo("waypoint.test.weight.outOfRange");
            assertThat(error.args()).containsExactly("-0.5", "1000000000000");
            assertThat(error.message()).isEqualTo("Weight must be greater than 0 and at most 1000000000000, was -0.5");
        });
    }

    @Test
    void givenNumbersOfManyDigits_format_roundsThemForPeople() {
        assertThat(catalog.format("waypoint.test.weight.outOfRange", 0.25833333333333336, 1e300))
                .isEqualTo("Weight must be greater than 0 and at most 1E300, was 0.26");
        assertThat(catalog.format("waypoint.test.weight.outOfRange", 80.7116, 0.000123))
                .isEqualTo("Weight must be greater than 0 and at most 0.00012, was 80.71");
        assertThat(catalog.format("waypoint.test.weight.outOfRange", -0.0, 2.0))
                .isEqualTo("Weight must be greater than 0 and at most 2, was 0");
    }

    @Test
    void givenADate_format_showsItAsThePagesDo() {
        assertThat(catalog.format("waypoint.test.quoted", java.time.LocalDate.of(2026, 12, 7)))
                .isEqualTo("Cycle \"7 Dec 2026\" isn't open");
    }

    @Test
    void givenApostropheAndNullArgument_format_keepsBoth() {
        assertThat(catalog.format("waypoint.test.quoted", (Object) null)).isEqualTo("Cycle \"null\" isn't open");
    }

    @Test
    void givenUnknownKey_format_isAProgrammingError() {
        assertThatThrownBy(() -> catalog.format("waypoint.test.missing"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenDuplicateOrForeignKey_of_isRefused() {
        assertThatThrownBy(() -> MessageCatalog.of("waypoint.a", "A", "waypoint.a", "B"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageCatalog.of("other.a", "A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenOkCondition_require_addsNothing() {
        Problems problems = new Problems();

        boolean ok = catalog.require(problems, true, "weight", "waypoint.test.weight.outOfRange", 1, 2);

        assertThat(ok).isTrue();
        assertThat(problems.isEmpty()).isTrue();
    }
}
