package dev.waypoint.jira.platform;

import com.atlassian.sal.api.message.I18nResolver;
import dev.waypoint.jira.rest.Translator;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@link Translator} over SAL's {@link I18nResolver}, which answers in the current user's language from Waypoint's
 * bundle ({@code i18n/waypoint.properties} and its locales). When the bundle has no text for a key, SAL answers the
 * key itself; then, and if the bundle's pattern cannot be applied, the English message travels instead, so a user
 * never sees a raw key.
 */
@Component
public class JiraI18n implements Translator {

    private final I18nResolver i18n;

    @Inject
    public JiraI18n(I18nResolver i18n) {
        this.i18n = i18n;
    }

    @Override
    public String translate(String key, List<?> args, String english) {
        String text;
        try {
            text = i18n.getText(key, serializable(args));
        } catch (IllegalArgumentException e) {
            // a translation whose MessageFormat pattern does not parse: the English message is better than nothing
            return english;
        }
        return text == null || text.isBlank() || text.equals(key) ? english : text;
    }

    private static Serializable[] serializable(List<?> args) {
        return args.stream()
                .map(arg -> arg instanceof Serializable s ? s : String.valueOf(arg))
                .toArray(Serializable[]::new);
    }
}
