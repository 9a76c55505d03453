package dev.waypoint.preview.issues;

import dev.waypoint.preview.i18n.PreviewI18n;
import java.util.Objects;

/**
 * The sample search's messages, in the preview's bundle: they reach users as a KPI's or key result's error and as
 * validation errors of a KPI's JQL, where Jira would show its own.
 */
public final class SearchMessages {

    private final PreviewI18n i18n;

    public SearchMessages(PreviewI18n i18n) {
        this.i18n = Objects.requireNonNull(i18n, "'i18n' must not be null");
    }

    /** The query (at {@code fragment}) is not one the preview's sample search supports; names what it supports. */
    String unsupported(String fragment) {
        return i18n.getText("waypoint.preview.search.unsupported", (Object) new Object[] {fragment});
    }

    /** Jira's words for a value that names nothing the user may see, e.g. an unknown project. */
    String noValue(String value, String field) {
        return i18n.getText("waypoint.preview.search.noValue", (Object) new Object[] {value, field});
    }

    /** The user to search as does not exist or is inactive. */
    String unknownUser(String user) {
        return i18n.getText("waypoint.preview.search.unknownUser", (Object) new Object[] {user});
    }
}
