package dev.waypoint.shared;

/**
 * The text limits of DESIGN §5 as reusable checks. Each check reports under the keys {@code <keyPrefix>.required},
 * {@code <keyPrefix>.tooLong} (arguments: the limit, the length) and {@code <keyPrefix>.controlCharacters}, which the
 * feature's {@link MessageCatalog} must list, and text that is not well-formed Unicode (a lone UTF-16 surrogate, which
 * a JSON escape such as {@code \ud800} can produce) under {@link TextMessages#MALFORMED}.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * A required single-line text such as a title or a name: not blank, at most {@code max} characters, no control
     * character at all (not even a line break). Returns whether the text is valid.
     */
    public static boolean requireLine(MessageCatalog messages, Problems problems, String field, String keyPrefix,
            String value, int max) {
        if (!messages.require(problems, value != null && !value.isBlank(), field, keyPrefix + ".required")) {
            return false;
        }
        return withinLimit(messages, problems, field, keyPrefix, value, max) && wellFormed(problems, field, value)
                && messages.require(problems, value.chars().noneMatch(Character::isISOControl), field,
                        keyPrefix + ".controlCharacters");
    }

    /**
     * An optional single-line text such as a unit: {@code null} or blank is fine; otherwise at most {@code max}
     * characters and no control character at all (not even a line break). Returns whether the text is valid.
     */
    public static boolean optionalLine(MessageCatalog messages, Problems problems, String field, String keyPrefix,
            String value, int max) {
        if (value == null) {
            return true;
        }
        return withinLimit(messages, problems, field, keyPrefix, value, max)
                && messages.require(problems, value.chars().noneMatch(Character::isISOControl), field,
                        keyPrefix + ".controlCharacters");
    }

    /**
     * An optional text such as a description or a comment: {@code null} or blank is fine; otherwise at most
     * {@code max} characters and no control characters other than tab and line breaks.
     */
    public static boolean optionalText(MessageCatalog messages, Problems problems, String field, String keyPrefix,
            String value, int max) {
        if (value == null) {
            return true;
        }
        return withinLimit(messages, problems, field, keyPrefix, value, max) && wellFormed(problems, field, value)
                && messages.require(problems, !Limits.hasControlCharacters(value), field,
                        keyPrefix + ".controlCharacters");
    }

    /** Whether {@code value} is well-formed UTF-16: every surrogate is half of a pair. */
    public static boolean isWellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean wellFormed(Problems problems, String field, String value) {
        return TextMessages.CATALOG.require(problems, isWellFormed(value), field, TextMessages.MALFORMED);
    }

    private static boolean withinLimit(MessageCatalog messages, Problems problems, String field, String keyPrefix,
            String value, int max) {
        return messages.require(problems, value.length() <= max, field, keyPrefix + ".tooLong", max, value.length());
    }
}
