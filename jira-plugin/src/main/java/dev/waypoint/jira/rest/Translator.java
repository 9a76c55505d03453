package dev.waypoint.jira.rest;

import dev.waypoint.shared.FieldError;
import java.util.List;

/**
 * Turns an i18n message key with its arguments into the current user's language (in Jira: {@code JiraI18n} over SAL's
 * I18nResolver). Implementations fall back to the English text, never to the raw key.
 */
@FunctionalInterface
public interface Translator {

    /** Answers the English text: for tests and for the preview, which has no user language. */
    Translator ENGLISH = (key, args, english) -> english;

    /**
     * @param key     an i18n key, {@code waypoint.<feature>.<thing>}
     * @param args    the message's arguments, in order
     * @param english the English message, already formatted: the answer when the key has no translation
     */
    String translate(String key, List<?> args, String english);

    default String translate(FieldError error) {
        return translate(error.messageKey(), error.args(), error.message());
    }
}
