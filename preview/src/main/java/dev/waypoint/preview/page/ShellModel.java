package dev.waypoint.preview.page;

import dev.waypoint.preview.user.PreviewDirectory;
import dev.waypoint.preview.user.PreviewUser;
import java.util.List;
import java.util.Objects;

/**
 * The view model of the page shell ({@code templates/preview/shell.vm}, as {@code $shell}): the resolved page title,
 * the body template, the user switcher, the stylesheets and scripts to load, and the path to return to after
 * switching users.
 */
public record ShellModel(String title, String bodyTemplate, UserChoice currentUser, List<UserChoice> users,
        List<String> stylesheets, List<String> scripts, String returnTo, List<NavLink> navigation) {

    /** A link of the header's navigation, from a web-item of the app's descriptor. */
    public record NavLink(String key, String label, String url) {
    }

    public ShellModel(String title, String bodyTemplate, UserChoice currentUser, List<UserChoice> users,
            List<String> stylesheets, List<String> scripts, String returnTo) {
        this(title, bodyTemplate, currentUser, users, stylesheets, scripts, returnTo, List.of());
    }

    public ShellModel withNavigation(List<NavLink> links) {
        return new ShellModel(title, bodyTemplate, currentUser, users, stylesheets, scripts, returnTo, links);
    }

    /** A user in the switcher; {@code roleKey} is the i18n key of its role. */
    public record UserChoice(String username, String displayName, String roleKey, boolean selected) {
    }

    public ShellModel {
        Objects.requireNonNull(title, "'title' must not be null");
        Objects.requireNonNull(bodyTemplate, "'bodyTemplate' must not be null");
        Objects.requireNonNull(currentUser, "'currentUser' must not be null");
        users = List.copyOf(users);
        stylesheets = List.copyOf(stylesheets);
        scripts = List.copyOf(scripts);
        Objects.requireNonNull(returnTo, "'returnTo' must not be null");
        navigation = navigation == null ? List.of() : List.copyOf(navigation);
    }

    /** The shell's model for {@code user} on a page titled {@code title} with the given body and resources. */
    public static ShellModel of(String title, String bodyTemplate, PreviewUser user, PreviewDirectory directory,
            List<String> stylesheets, List<String> scripts, String returnTo) {
        List<UserChoice> users = directory.users().stream().map(each -> choice(each, each.equals(user))).toList();
        return new ShellModel(title, bodyTemplate, choice(user, true), users, stylesheets, scripts, returnTo);
    }

    private static UserChoice choice(PreviewUser user, boolean selected) {
        return new UserChoice(user.username(), user.displayName(), user.role().i18nKey(), selected);
    }
}
