package dev.waypoint.jira.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON rules of the public API, on the mapper alone. */
class WaypointJsonTest {

    private final ObjectMapper json = WaypointJson.objectMapper();

    record Sample(String title, Double target, double weight, Long id, LocalDate due, Instant at, Boolean flag) {
    }

    private Sample read(String text) throws JsonProcessingException {
        return json.readValue(text, Sample.class);
    }

    @Test
    void givenDates_writing_usesIsoStrings() throws JsonProcessingException {
        String text = json.writeValueAsString(Map.of("due", LocalDate.of(2026, 3, 31),
                "at", Instant.parse("2026-03-31T12:00:00Z")));

        assertThat(text).contains("\"due\":\"2026-03-31\"").contains("\"at\":\"2026-03-31T12:00:00Z\"");
    }

    @Test
    void givenIsoDates_reading_parsesThem() throws JsonProcessingException {
        Sample sample = read("{\"due\":\"2026-03-31\",\"at\":\"2026-03-31T12:00:00Z\",\"weight\":1}");

        assertThat(sample.due()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(sample.at()).isEqualTo(Instant.parse("2026-03-31T12:00:00Z"));
    }

    @Test
    void givenImpossibleDate_reading_isRejected() {
        assertThatThrownBy(() -> read("{\"due\":\"2026-02-29\",\"weight\":1}"))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void givenNonFiniteDouble_writing_writesNull() throws JsonProcessingException {
        assertThat(json.writeValueAsString(List.of(Double.NaN, Double.POSITIVE_INFINITY, 1.5)))
                .isEqualTo("[null,null,1.5]");
    }

    @Test
    void givenOverflowingNumber_reading_isRejectedNotInfinity() {
        assertThatThrownBy(() -> read("{\"target\":1e999,\"weight\":1}")).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("{\"weight\":-1e999}")).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void givenUnknownProperty_reading_isRejected() {
        assertThatThrownBy(() -> read("{\"weight\":1,\"extra\":true}"))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void givenNullForPrimitive_reading_isRejected() {
        assertThatThrownBy(() -> read("{\"weight\":null}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void givenFractionForWholeNumber_reading_isRejected() {
        assertThatThrownBy(() -> read("{\"weight\":1,\"id\":1.5}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void givenScalarsOfTheWrongKind_reading_areNotCoerced() {
        assertThatThrownBy(() -> read("{\"weight\":\"1\"}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"weight\":1,\"flag\":\"true\"}"))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"weight\":1,\"flag\":1}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void givenNumberForText_reading_isNotCoerced() {
        assertThatThrownBy(() -> read("{\"weight\":1,\"title\":12}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"weight\":1,\"title\":1.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"weight\":1,\"title\":true}")).isInstanceOf(MismatchedInputException.class);
    }

    enum Colour { RED }

    record Painted(Colour colour) {
    }

    @Test
    void givenEnumNameWithSpacesOrControlCharacters_reading_isRejectedNotTrimmed() {
        assertThatThrownBy(() -> json.readValue("{\"colour\":\" RED\"}", Painted.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("{\"colour\":\"RED\\u0000\"}", Painted.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThat(WaypointJson.objectMapper().convertValue(Map.of("colour", "RED"), Painted.class).colour())
                .isEqualTo(Colour.RED);
    }

    @Test
    void givenDuplicateKey_reading_isRejected() {
        assertThatThrownBy(() -> read("{\"weight\":1,\"weight\":2}")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void givenValidRecord_roundTripping_keepsEveryValue() throws JsonProcessingException {
        Sample sample = new Sample("Grow", 2.5, 1, 7L, LocalDate.of(2026, 1, 1), Instant.parse("2026-01-01T00:00:00Z"),
                true);

        assertThat(read(json.writeValueAsString(sample))).isEqualTo(sample);
    }
}
