package dev.waypoint.preview.user;

import java.util.Optional;

/**
 * The preview user of the request being served on this thread: the one chosen in the user switcher (cookie
 * {@value UserCookie#NAME}), or the directory's default. Empty outside a request (start-up, background work), as
 * Jira has no logged-in user there. {@link PreviewAuthenticationContext} turns it into Jira's
 * {@code JiraAuthenticationContext}.
 */
public interface PreviewSession {

    Optional<PreviewUser> currentUser();
}
