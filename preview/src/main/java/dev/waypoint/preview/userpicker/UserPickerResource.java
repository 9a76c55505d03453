package dev.waypoint.preview.userpicker;

import dev.waypoint.access.CurrentUser;
import dev.waypoint.preview.issues.DirectoryUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The preview's stand-in for Jira's user search for pickers, {@code GET /rest/api/2/user/picker} (Jira Server / Data
 * Center REST API, resource {@code api/2/user/picker}, "Find users for picker": parameters {@code query},
 * {@code maxResults} (default 50), {@code showAvatar}, {@code exclude}; answer a {@code UserPickerResultsBean}
 * {@code {"users": [{"name", "key", "html", "displayName", "avatarUrl"}], "total", "header"}}; documented at
 * https://docs.atlassian.com/jira/REST/server/#api/2/user-findUsersForPicker, field names as in Jira's
 * {@code com.atlassian.jira.rest.v2.issue.UserPickerResultsBean} and {@code UserPickerUser}). It searches the
 * preview's directory users (key = username) by a case-insensitive prefix of their user name or of any word of their
 * display name, as Jira matches; {@code html} highlights the match with {@code <strong>}, everything else escaped.
 * The app's user picker reads {@code key} and {@code displayName} and never inserts {@code html}.
 */
@Path("user/picker")
public final class UserPickerResource {

    static final int DEFAULT_MAX_RESULTS = 50;
    static final int MAX_RESULTS = 1000;

    private final CurrentUser currentUser;
    private final List<DirectoryUser> users;

    public UserPickerResource(CurrentUser currentUser, List<DirectoryUser> users) {
        this.currentUser = Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        this.users = users.stream().sorted(Comparator.comparing(DirectoryUser::displayName)
                .thenComparing(DirectoryUser::username)).toList();
    }

    /** A user as Jira's picker answer shows one. */
    public record PickerUser(String name, String key, String html, String displayName, String avatarUrl) {
    }

    /** Jira's answer: the users (at most maxResults), how many matched, and the header a picker shows. */
    public record PickerResults(List<PickerUser> users, int total, String header) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PickerResults find(@QueryParam("query") String query, @QueryParam("maxResults") Integer maxResults,
            @QueryParam("showAvatar") Boolean showAvatar, @QueryParam("exclude") List<String> exclude) {
        if (currentUser.key().isEmpty()) {
            throw new WebApplicationException(Response.Status.UNAUTHORIZED);
        }
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        int limit = maxResults == null || maxResults < 1 ? DEFAULT_MAX_RESULTS : Math.min(maxResults, MAX_RESULTS);
        List<String> excluded = exclude == null ? List.of() : exclude;
        List<PickerUser> found = new ArrayList<>();
        int total = 0;
        for (DirectoryUser user : users) {
            if (needle.isEmpty() || excluded.contains(user.username()) || !matches(user, needle)) {
                continue;
            }
            total++;
            if (found.size() < limit) {
                found.add(new PickerUser(user.username(), user.username(), html(user, needle), user.displayName(),
                        Boolean.TRUE.equals(showAvatar) ? "/images/avatar-placeholder.png" : null));
            }
        }
        return new PickerResults(found, total, "Showing " + found.size() + " of " + total + " matching users");
    }

    static boolean matches(DirectoryUser user, String needle) {
        if (user.username().toLowerCase(Locale.ROOT).startsWith(needle)) {
            return true;
        }
        for (String word : user.displayName().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.startsWith(needle)) {
                return true;
            }
        }
        return user.displayName().toLowerCase(Locale.ROOT).startsWith(needle);
    }

    /** "<strong>Le</strong>o Lead (lead)": display name and user name, the first match in bold, all escaped. */
    static String html(DirectoryUser user, String needle) {
        String text = user.displayName() + " (" + user.username() + ")";
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = 0; at + needle.length() <= lower.length(); at++) {
            boolean wordStart = at == 0 || lower.charAt(at - 1) == ' ' || lower.charAt(at - 1) == '(';
            if (wordStart && lower.startsWith(needle, at)) {
                return escape(text.substring(0, at)) + "<strong>" + escape(text.substring(at, at + needle.length()))
                        + "</strong>" + escape(text.substring(at + needle.length()));
            }
        }
        return escape(text);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
