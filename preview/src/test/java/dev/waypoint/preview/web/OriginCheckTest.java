package dev.waypoint.preview.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OriginCheckTest {

    final OriginCheck check = new OriginCheck();

    @Test
    void givenOwnOrigin_isSameOrigin_isTrueCaseInsensitively() {
        assertThat(check.isSameOrigin("http", "localhost:2990", "http://localhost:2990", null)).isTrue();
        assertThat(check.isSameOrigin("http", "LOCALHOST:2990", "http://localhost:2990", null)).isTrue();
    }

    @Test
    void givenOtherOriginOrNullOrigin_isSameOrigin_isFalseWhateverTheReferer() {
        assertThat(check.isSameOrigin("http", "localhost:2990", "http://evil.example", "http://localhost:2990/"))
                .isFalse();
        assertThat(check.isSameOrigin("http", "localhost:2990", "null", null)).isFalse();
        assertThat(check.isSameOrigin("http", "localhost:2990", "http://localhost:2991", null)).isFalse();
    }

    @Test
    void givenOnlyReferer_isSameOrigin_comparesItsOrigin() {
        assertThat(check.isSameOrigin("http", "localhost:2990", null, "http://localhost:2990/browse/SUP-1?x=1"))
                .isTrue();
        assertThat(check.isSameOrigin("http", "localhost:2990", null, "http://localhost:2990.evil.example/")).isFalse();
        assertThat(check.isSameOrigin("http", "localhost:2990", null, "/relative")).isFalse();
        assertThat(check.isSameOrigin("http", "localhost:2990", null, "::not a uri::")).isFalse();
    }

    @Test
    void givenNeitherHeader_isSameOrigin_isFalse() {
        assertThat(check.isSameOrigin("http", "localhost:2990", null, null)).isFalse();
        assertThat(check.isSameOrigin("http", null, "http://localhost:2990", null)).isFalse();
    }

    @Test
    void givenOrigin_isForeignOrigin_onlyWhenPresentAndOther() {
        assertThat(check.isForeignOrigin("http", "localhost:2990", null)).isFalse();
        assertThat(check.isForeignOrigin("http", "localhost:2990", "http://localhost:2990")).isFalse();
        assertThat(check.isForeignOrigin("http", "localhost:2990", "http://evil.example")).isTrue();
    }
}
