package dev.waypoint.jira.rest.admin;

import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the admin settings' checks, with their English patterns. */
public final class AdminMessages {

    public static final String RANGE = "waypoint.rest.admin.range";
    public static final String FRACTION = "waypoint.rest.admin.fraction";
    public static final String GROUP_UNKNOWN = "waypoint.rest.admin.group.unknown";
    public static final String GROUPS_TOO_MANY = "waypoint.rest.admin.groups.tooMany";
    public static final String EPIC_JQL_PLACEHOLDER = "waypoint.rest.admin.epicJql.placeholder";
    public static final String STORY_POINT_FIELD_UNKNOWN = "waypoint.rest.admin.storyPointField.unknown";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            RANGE, "Must be a whole number from {0} to {1}, was {2}",
            FRACTION, "Must be greater than 0 and at most 1, was {0}",
            GROUP_UNKNOWN, "Group \"{0}\" does not exist",
            GROUPS_TOO_MANY, "At most {0} groups, was {1}",
            EPIC_JQL_PLACEHOLDER, "The query needs the placeholder '{key}', which is replaced by the epic''s key",
            STORY_POINT_FIELD_UNKNOWN, "No custom field has the id or name \"{0}\"");

    private AdminMessages() {
    }

    public static FieldError error(String field, String key, Object... args) {
        return CATALOG.invalid(field, key, args).errors().get(0);
    }
}
