package dev.waypoint.jira.rest.objective;

import dev.waypoint.jira.rest.Params;
import dev.waypoint.jira.rest.RestMessages;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses a Jira issue key from a path or a body ({@code TEAM-12}; lower case is accepted and upper-cased). */
public final class IssueKeys {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}-[1-9][0-9]{0,18}");

    private IssueKeys() {
    }

    /** The key in upper case, or {@code null} with a problem recorded in {@code in}. */
    public static String parse(Params in, String field, String raw) {
        if (raw == null || raw.isBlank()) {
            in.add(RestMessages.error(field, RestMessages.REQUIRED));
            return null;
        }
        if (raw.length() > 300 || !KEY.matcher(raw).matches()) {
            String shown = raw.length() <= 50 ? raw : raw.substring(0, 47) + "...";
            in.add(OkrRestMessages.error(field, OkrRestMessages.ISSUE_KEY_INVALID,
                    shown.replaceAll("\\p{Cntrl}", "?")));
            return null;
        }
        return raw.toUpperCase(Locale.ROOT);
    }
}
