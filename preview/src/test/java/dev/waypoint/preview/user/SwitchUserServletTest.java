package dev.waypoint.preview.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwitchUserServletTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "/browse/SUP-1, /browse/SUP-1",
        "/projects/SUP/waypoint?cycle=3, /projects/SUP/waypoint?cycle=3",
        "/, /",
        "NULL, /",
        "'', /",
        "//evil.example/, /",
        "/\\evil.example, /",
        "https://evil.example/, /",
        "javascript:alert(1), /",
        "relative/path, /",
    })
    void givenRequestedPath_returnTo_keepsOnlyPathsOfThisServer(String requested, String expected) {
        assertThat(SwitchUserServlet.returnTo(requested)).isEqualTo(expected);
    }
}
