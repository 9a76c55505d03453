package dev.waypoint.app.okr;

import dev.waypoint.shared.MessageCatalog;

/**
 * The i18n message keys of the OKR use cases of a team lead's daily flow (issue 13: linking several issues, refresh
 * now, correcting check-ins) with their English patterns.
 */
public final class OkrAppMessages {

    public static final String SELECTION_REQUIRED = "waypoint.link.selection.required";
    public static final String SELECTION_AMBIGUOUS = "waypoint.link.selection.ambiguous";
    public static final String KEYS_TOO_MANY = "waypoint.link.issueKeys.tooMany";
    public static final String JQL_TOO_LONG = "waypoint.link.jql.tooLong";
    public static final String JQL_INVALID = "waypoint.link.jql.invalid";
    public static final String EPIC_NOT_FOUND = "waypoint.link.epicKey.notFound";
    public static final String NOT_AN_EPIC = "waypoint.link.epicKey.notEpic";
    public static final String REFRESH_MANUAL = "waypoint.keyresult.refresh.manual";
    public static final String CHECK_IN_COMPUTED = "waypoint.checkin.computed";

    public static final MessageCatalog CATALOG = MessageCatalog.of(
            SELECTION_REQUIRED, "Choose the issues to link: search for them, enter a JQL query or an epic",
            SELECTION_AMBIGUOUS, "Choose issues in one way only: by search, by a JQL query or by an epic",
            KEYS_TOO_MANY, "At most {0} issues can be linked at once, {1} were chosen",
            JQL_TOO_LONG, "The JQL query must be at most {0} characters, was {1}",
            JQL_INVALID, "Jira does not accept this query: {0}",
            EPIC_NOT_FOUND, "There is no issue {0} that you can see",
            NOT_AN_EPIC, "{0} is not an epic: link it as an issue instead",
            REFRESH_MANUAL, "Key result \"{0}\" takes its values from check-ins: there is nothing to refresh",
            CHECK_IN_COMPUTED, "This value was computed by Waypoint; it changes with its source, not by hand");

    private OkrAppMessages() {
    }
}
