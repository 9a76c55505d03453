package dev.waypoint.preview.wiring;

import dev.waypoint.access.AccessFacts;
import dev.waypoint.access.AccessSettings;
import dev.waypoint.access.AccessSettingsSource;
import dev.waypoint.preview.issues.DirectoryGroups;
import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.PreviewPermissions;
import dev.waypoint.preview.user.PreviewUser;
import dev.waypoint.shared.ProjectKey;
import dev.waypoint.shared.UserKey;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@link AccessFacts} of the preview's Jira, from {@link PreviewPermissions}: the four preview users have their own;
 * a directory-only user (an agent) has those of the preview user named in {@code permissionsLike}. Every known user is
 * licensed. A project's permissions are those of the project whose permission scheme it uses
 * ({@code permissionScheme}, e.g. WEB uses APP's). Groups come from the sample's directory.
 */
public final class PreviewAccessFacts implements AccessFacts {

    private final Map<String, PreviewPermissions> permissions;
    private final DirectoryGroups groups;
    private final UnaryOperator<String> permissionScheme;
    private final AccessSettingsSource settings;

    public PreviewAccessFacts(PreviewDirectory directory, Map<String, String> permissionsLike, DirectoryGroups groups,
            UnaryOperator<String> permissionScheme, AccessSettingsSource settings) {
        this.permissions = permissionsByUser(directory, permissionsLike);
        this.groups = Objects.requireNonNull(groups, "'groups' must not be null");
        this.permissionScheme = Objects.requireNonNull(permissionScheme, "'permissionScheme' must not be null");
        this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
    }

    @Override
    public boolean isLicensed(UserKey user) {
        return of(user).isPresent();
    }

    @Override
    public boolean isJiraAdmin(UserKey user) {
        return of(user).map(PreviewPermissions::jiraAdmin).orElse(false);
    }

    @Override
    public boolean isInGroup(UserKey user, String group) {
        return of(user).isPresent() && groups.isMember(user.value(), group);
    }

    @Override
    public boolean canBrowseProject(UserKey user, ProjectKey project) {
        return of(user).map(p -> p.mayBrowse(permissionScheme.apply(project.value()))).orElse(false);
    }

    @Override
    public boolean isProjectAdmin(UserKey user, ProjectKey project) {
        return of(user).map(p -> p.mayAdminister(permissionScheme.apply(project.value()))).orElse(false);
    }

    @Override
    public AccessSettings settings() {
        return settings.current();
    }

    private Optional<PreviewPermissions> of(UserKey user) {
        return Optional.ofNullable(permissions.get(Objects.requireNonNull(user, "'user' must not be null").value()));
    }

    private static Map<String, PreviewPermissions> permissionsByUser(PreviewDirectory directory,
            Map<String, String> permissionsLike) {
        Map<String, PreviewPermissions> byUser = new HashMap<>();
        directory.users().forEach(user -> byUser.put(user.username(), user.permissions()));
        permissionsLike.forEach((username, like) -> byUser.put(username, directory.find(like)
                .map(PreviewUser::permissions)
                .orElseThrow(() -> new IllegalArgumentException("no preview user '" + like + "'"))));
        return Map.copyOf(byUser);
    }
}
