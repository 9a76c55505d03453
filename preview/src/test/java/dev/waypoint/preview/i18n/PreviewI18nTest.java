package dev.waypoint.preview.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PreviewI18nTest {

    static final Map<String, String> TEXTS = Map.of(
            "waypoint.a", "It''s {0} of {1}",
            "waypoint.b", "{0}, {1}, {2}");

    @Test
    void givenArgumentsInEveryForm_getText_formatsAsJira() {
        PreviewI18n i18n = new PreviewI18n(TEXTS, PreviewI18n.MissingKeys.FAIL);

        assertThat(i18n.getText("waypoint.a", "one", "two")).isEqualTo("It's one of two");
        assertThat(i18n.getText("waypoint.a", (Object) new Object[] {"x", 2})).isEqualTo("It's x of 2");
        assertThat(i18n.getText("waypoint.a", (Object) List.of("x", "y"))).isEqualTo("It's x of y");
        assertThat(i18n.getText("waypoint.b", "x", "y", "z")).isEqualTo("x, y, z");
        assertThat(i18n.getText("waypoint.a")).isEqualTo("It's {0} of {1}");
        assertThat(i18n.getUnescapedText("waypoint.a")).isEqualTo("It''s {0} of {1}");
    }

    @Test
    void givenMissingKey_getText_showsKeyOrFails() {
        assertThat(new PreviewI18n(TEXTS, PreviewI18n.MissingKeys.SHOW_KEY).getText("waypoint.none", "x"))
                .isEqualTo("waypoint.none");
        assertThatThrownBy(() -> new PreviewI18n(TEXTS, PreviewI18n.MissingKeys.FAIL).getText("waypoint.none"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("waypoint.none");
    }
}
