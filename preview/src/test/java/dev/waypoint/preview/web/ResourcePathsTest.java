package dev.waypoint.preview.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourcePathsTest {

    @Test
    void givenFilePath_safe_answersItWithoutLeadingSlash() {
        assertThat(ResourcePaths.safe("/fonts/adgs-icons.woff")).hasValue("fonts/adgs-icons.woff");
        assertThat(ResourcePaths.safe("aui-prototyping.css")).hasValue("aui-prototyping.css");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "/", "/../pom.xml", "/a/../b.js", "/./a.js", "//a.js", "/a//b.js", "/a\\b.js",
            "/fonts", "/fonts/", "/.hidden", "/a\0.js"})
    void givenUnsafeOrFolderPath_safe_answersNothing(String path) {
        assertThat(ResourcePaths.safe(path)).isEmpty();
    }
}
