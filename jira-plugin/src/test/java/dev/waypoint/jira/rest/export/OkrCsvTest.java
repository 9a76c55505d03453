package dev.waypoint.jira.rest.export;

import dev.waypoint.jira.rest.CsvCells;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OkrCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"x\")"})
    void givenTextStartingLikeAFormula_writingTextCell_prefixesAnApostrophe(String text) {
        assertThat(CsvCells.text(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Grow", "1+1", "a=b", " =1", "'quoted"})
    void givenOrdinaryText_writingTextCell_keepsIt(String text) {
        assertThat(CsvCells.text(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"-5.0,-5", "0.25,0.25", "1e15,1000000000000000", "10,10"})
    void givenNumber_writingNumberCell_writesPlainDecimal(double value, String expected) {
        assertThat(CsvCells.number(value)).isEqualTo(expected);
    }
}
