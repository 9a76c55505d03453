package dev.waypoint.jira.rest.objective;

import dev.waypoint.shared.FieldError;
import dev.waypoint.shared.MessageCatalog;

/** The i18n message keys of the OKR resources' own boundary checks, with their English patterns. */
public final class OkrRestMessages {

    public static final String VERSION_INVALID = "waypoint.rest.okr.version.invalid";
    public static final String ISSUE_KEY_INVALID = "waypoint.rest.okr.issueKey.invalid";
    public static final String YEAR_INVALID = "waypoint.rest.okr.year.invalid";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            VERSION_INVALID, "Must be the version you read, a whole number of 0 or more, was {0}",
            ISSUE_KEY_INVALID, "Must be a Jira issue key like TEAM-12, was \"{0}\"",
            YEAR_INVALID, "Must be a year like 2026, was {0}");

    private OkrRestMessages() {
    }

    public static FieldError error(String field, String key, Object... args) {
        return CATALOG.invalid(field, key, args).errors().get(0);
    }
}
