package dev.waypoint.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's access settings (DESIGN §4 admin page, §5).
 *
 * @param companyGroup        the Jira group whose members manage company objectives, global KPIs and cycles besides
 *                            the Jira administrators; empty: Jira administrators only
 * @param companyViewerGroups if not empty, company items are visible only to members of these groups (and to those
 *                            who manage them); empty: visible to every licensed user
 */
public record AccessSettings(Optional<String> companyGroup, Set<String> companyViewerGroups) {

    /** A fresh installation: no company group, company items visible to every licensed user. */
    public static final AccessSettings DEFAULTS = new AccessSettings(Optional.empty(), Set.of());

    public AccessSettings {
        Objects.requireNonNull(companyGroup, "'companyGroup' must not be null");
        Objects.requireNonNull(companyViewerGroups, "'companyViewerGroups' must not be null");
        companyGroup.ifPresent(AccessSettings::requireGroupName);
        companyViewerGroups.forEach(AccessSettings::requireGroupName);
        companyViewerGroups = Set.copyOf(companyViewerGroups);
    }

    public AccessSettings withCompanyGroup(String group) {
        return new AccessSettings(Optional.of(group), companyViewerGroups);
    }

    public AccessSettings withCompanyViewerGroups(Set<String> groups) {
        return new AccessSettings(companyGroup, groups);
    }

    private static void requireGroupName(String group) {
        if (group == null || group.isBlank()) {
            throw new IllegalArgumentException("a group name must not be blank");
        }
    }
}
