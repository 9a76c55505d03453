package dev.waypoint.shared;

/** The i18n message keys of the text rules every feature shares ({@link TextRules}), with their English patterns. */
public final class TextMessages {

    public static final String MALFORMED = "waypoint.text.malformed";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            MALFORMED, "Contains a character that is not valid Unicode (half of a surrogate pair); type or paste the"
                    + " text again");

    private TextMessages() {
    }
}
