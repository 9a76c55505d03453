package dev.waypoint.preview.jira;

import java.util.List;

/**
 * The answer of Jira's {@code GET /rest/api/2/user/picker} ("Find users for picker"), field for field as the Jira Data
 * Center platform REST API reference documents it (docs.atlassian.com/software/jira/docs/api/REST/latest/,
 * {@code api/2/user} "Find users for picker", response UserPickerResultsBean; the example there:
 * {@code {"users":[{"name":"fred","key":"fred","html":"fred@example.com","displayName":"Fred F. User",
 * "avatarUrl":"http://www.example.com/jira/secure/useravatar?size=small&ownerId=fred"}],"total":25,
 * "header":"Showing 20 of 25 matching groups"}}).
 *
 * @param users  the users found, at most {@code maxResults}
 * @param total  how many users match
 * @param header the picker's header text
 */
public record UserPickerResults(List<User> users, int total, String header) {

    public UserPickerResults {
        users = List.copyOf(users);
    }

    /**
     * One user.
     *
     * @param name        the username
     * @param key         the user key (what Waypoint stores as an owner)
     * @param html        the display name, e-mail address and username with the matched text in {@code <strong>}
     *                    (HTML, escaped; Waypoint never renders it as HTML)
     * @param displayName the display name
     * @param avatarUrl   the user's avatar ({@code /secure/useravatar?size=small&ownerId=<key>}); {@code null}
     *                    unless {@code showAvatar=true}
     */
    public record User(String name, String key, String html, String displayName, String avatarUrl) {
    }
}
