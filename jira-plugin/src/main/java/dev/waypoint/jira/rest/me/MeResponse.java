package dev.waypoint.jira.rest.me;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.waypoint.access.Capabilities;
import dev.waypoint.shared.UserKey;

/**
 * The current user and what they may do beyond single items, for the UI to show or hide actions.
 *
 * @param userKey          the user's Jira user key
 * @param admin            a Jira administrator: may change Waypoint's settings
 * @param canViewCompany   may see company objectives and global KPIs
 * @param canManageCompany may create and change company objectives and global KPIs
 * @param canManageCycles  may create, change and close cycles
 */
public record MeResponse(
        @JsonProperty("userKey") String userKey,
        @JsonProperty("isAdmin") boolean admin,
        @JsonProperty("canViewCompany") boolean canViewCompany,
        @JsonProperty("canManageCompany") boolean canManageCompany,
        @JsonProperty("canManageCycles") boolean canManageCycles) {

    static MeResponse of(UserKey user, Capabilities capabilities) {
        return new MeResponse(user.value(), capabilities.administer(), capabilities.viewCompany(),
                capabilities.manageCompany(), capabilities.manageCycles());
    }
}
