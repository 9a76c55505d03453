package dev.waypoint.preview.jira;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.preview.issues.DirectoryUser;
import dev.waypoint.preview.user.PreviewSession;
import dev.waypoint.shared.UserKey;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Jira's user picker endpoint, {@code GET /rest/api/2/user/picker?query=&maxResults=&showAvatar=&exclude=}, over the
 * sample's users, as the Jira Data Center platform REST API reference documents it (docs.atlassian.com/software/jira/
 * docs/api/REST/latest/, {@code api/2/user} "Find users for picker"): users whose username, display name (any word of
 * it) or e-mail address starts with the query, ignoring case; {@code maxResults} default 50, at most 1,000;
 * {@code exclude} usernames to leave out. The caller must be logged in (in Jira, callers without the "Browse users"
 * permission find exact names only; every preview user has it).
 */
@Path("user/picker")
public final class UserPickerResource {

    static final int DEFAULT_MAX = 50;
    static final int MAX = 1_000;

    private final PreviewSession session;
    private final AccessFacts facts;
    private final List<DirectoryUser> users;
    private final Map<String, String> emails;

    /** @param emails e-mail addresses by username (users without one are matched by name only) */
    public UserPickerResource(PreviewSession session, AccessFacts facts, List<DirectoryUser> users,
            Map<String, String> emails) {
        this.session = Objects.requireNonNull(session, "'session' must not be null");
        this.facts = Objects.requireNonNull(facts, "'facts' must not be null");
        this.users = List.copyOf(users);
        this.emails = Map.copyOf(emails);
    }

    /** 200 {@link UserPickerResults}; 401 when nobody is logged in. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response find(@QueryParam("query") String query, @QueryParam("maxResults") Integer maxResults,
            @QueryParam("showAvatar") @DefaultValue("false") boolean showAvatar,
            @QueryParam("exclude") List<String> exclude, @Context UriInfo uri) {
        if (session.currentUser().filter(user -> facts.isLicensed(new UserKey(user.username()))).isEmpty()) {
            return JiraErrors.of(401, "You are not authenticated. Authentication required to perform this operation.");
        }
        String wanted = query == null ? "" : query.strip();
        int max = maxResults == null || maxResults < 1 ? DEFAULT_MAX : Math.min(maxResults, MAX);
        Set<String> excluded = exclude == null ? Set.of() : Set.copyOf(exclude);
        List<DirectoryUser> found = wanted.isEmpty() ? List.of() : users.stream()
                .filter(user -> !excluded.contains(user.username()) && matches(user, wanted))
                .sorted(Comparator.comparing(DirectoryUser::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<UserPickerResults.User> shown = found.stream().limit(max).map(user -> new UserPickerResults.User(
                user.username(), user.username(), html(user, wanted), user.displayName(),
                showAvatar ? avatarUrl(uri, user.username()) : null)).toList();
        return Response.ok(new UserPickerResults(shown, found.size(),
                "Showing " + shown.size() + " of " + found.size() + " matching users")).build();
    }

    private boolean matches(DirectoryUser user, String query) {
        String q = query.toLowerCase(Locale.ROOT);
        if (user.username().toLowerCase(Locale.ROOT).startsWith(q)
                || user.displayName().toLowerCase(Locale.ROOT).startsWith(q)) {
            return true;
        }
        for (String word : user.displayName().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.startsWith(q)) {
                return true;
            }
        }
        String email = emails.get(user.username());
        return email != null && email.toLowerCase(Locale.ROOT).startsWith(q);
    }

    private String html(DirectoryUser user, String query) {
        String email = emails.get(user.username());
        return Highlight.of(user.displayName(), query, "strong")
                + (email == null ? "" : " - " + Highlight.of(email, query, "strong"))
                + " (" + Highlight.of(user.username(), query, "strong") + ")";
    }

    /** Jira's avatar URL of a user, as in the reference's example: {@code <base>/secure/useravatar?size=small&ownerId=}. */
    static String avatarUrl(UriInfo uri, String key) {
        return uri.getBaseUriBuilder().replacePath("/secure/useravatar").replaceQuery(null)
                .queryParam("size", "small").queryParam("ownerId", key).build().toString();
    }
}
