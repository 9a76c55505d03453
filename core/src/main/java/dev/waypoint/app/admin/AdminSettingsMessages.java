package dev.waypoint.app.admin;

import dev.waypoint.shared.MessageCatalog;

/**
 * The i18n message keys of the admin settings' checks ({@code waypoint.app.admin.*}, {@link ChangingAdminSettings})
 * with their English patterns. They were the admin REST resource's checks ({@code waypoint.rest.admin.*} and the REST
 * layer's generic {@code waypoint.rest.required}, {@code waypoint.rest.text.*}, {@code waypoint.rest.number.notFinite})
 * until the rules moved here; the English texts are the same. {@link #REQUIRED}, {@link #TOO_LONG} and
 * {@link #CONTROL_CHARACTERS} are the keys of {@link dev.waypoint.shared.TextRules} under the prefix {@link #PREFIX}.
 */
public final class AdminSettingsMessages {

    /** The key prefix of the text checks ({@link dev.waypoint.shared.TextRules}). */
    public static final String PREFIX = "waypoint.app.admin";

    public static final String REQUIRED = PREFIX + ".required";
    public static final String TOO_LONG = PREFIX + ".tooLong";
    public static final String CONTROL_CHARACTERS = PREFIX + ".controlCharacters";
    public static final String NOT_FINITE = PREFIX + ".notFinite";
    public static final String RANGE = PREFIX + ".range";
    public static final String FRACTION = PREFIX + ".fraction";
    public static final String GROUP_UNKNOWN = PREFIX + ".group.unknown";
    public static final String GROUPS_TOO_MANY = PREFIX + ".groups.tooMany";
    public static final String EPIC_JQL_PLACEHOLDER = PREFIX + ".epicJql.placeholder";
    public static final String STORY_POINT_FIELD_UNKNOWN = PREFIX + ".storyPointField.unknown";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            REQUIRED, "A value is required",
            TOO_LONG, "Must be at most {0} characters, was {1}",
            CONTROL_CHARACTERS, "Must not contain control characters",
            NOT_FINITE, "Must be a finite number",
            RANGE, "Must be a whole number from {0} to {1}, was {2}",
            FRACTION, "Must be greater than 0 and at most 1, was {0}",
            GROUP_UNKNOWN, "Group \"{0}\" does not exist",
            GROUPS_TOO_MANY, "At most {0} groups, was {1}",
            EPIC_JQL_PLACEHOLDER, "The query needs the placeholder '{key}', which is replaced by the epic''s key",
            STORY_POINT_FIELD_UNKNOWN, "No custom field has the id or name \"{0}\"");

    private AdminSettingsMessages() {
    }
}
