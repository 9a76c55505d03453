package dev.waypoint.jira.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import dev.waypoint.shared.FieldError;
import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;

class JiraI18nTest {

    private static final String KEY = "waypoint.objective.weight.range";
    private static final FieldError WEIGHT = new FieldError("weight", KEY, List.of("0", "140"),
            "Weight must be greater than 0, was 140");

    private final I18nResolver resolver = mock(I18nResolver.class);
    private final JiraI18n i18n = new JiraI18n(resolver);

    @Test
    void givenTranslation_translating_answersItWithTheArguments() {
        when(resolver.getText(KEY, new Serializable[] {"0", "140"})).thenReturn("Gewicht muss > 0 sein, war 140");

        assertThat(i18n.translate(WEIGHT)).isEqualTo("Gewicht muss > 0 sein, war 140");
    }

    @Test
    void givenMissingKey_translating_fallsBackToEnglishNotTheKey() {
        when(resolver.getText(eq(KEY), any(Serializable[].class))).thenReturn(KEY);

        assertThat(i18n.translate(WEIGHT)).isEqualTo("Weight must be greater than 0, was 140");
    }

    @Test
    void givenResolverAnsweringNothing_translating_fallsBackToEnglish() {
        assertThat(i18n.translate(WEIGHT)).isEqualTo("Weight must be greater than 0, was 140");
    }

    @Test
    void givenBrokenTranslationPattern_translating_fallsBackToEnglish() {
        when(resolver.getText(eq(KEY), any(Serializable[].class))).thenThrow(new IllegalArgumentException("bad"));

        assertThat(i18n.translate(WEIGHT)).isEqualTo("Weight must be greater than 0, was 140");
    }

    @Test
    void givenArgumentThatIsNotSerializable_translating_passesItsText() {
        Object notSerializable = new Object() {
            @Override
            public String toString() {
                return "seven";
            }
        };
        when(resolver.getText("waypoint.x", new Serializable[] {"seven"})).thenReturn("sieben");

        assertThat(i18n.translate("waypoint.x", List.of(notSerializable), "seven")).isEqualTo("sieben");
    }
}
