package dev.waypoint.preview.issues;

import dev.waypoint.shared.UserKey;
import dev.waypoint.shared.UserNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** {@link UserNames} of the preview's Jira directory: the display names of its users (key and username are equal). */
public final class PreviewUserNames implements UserNames {

    private final Map<String, String> names;

    public PreviewUserNames(Collection<DirectoryUser> users) {
        this.names = users.stream().collect(Collectors.toUnmodifiableMap(DirectoryUser::username,
                DirectoryUser::displayName, (a, b) -> a));
    }

    @Override
    public Map<UserKey, String> displayNames(Collection<UserKey> users) {
        Map<UserKey, String> found = new HashMap<>();
        users.stream().map(user -> Objects.requireNonNull(user, "'user' must not be null")).distinct()
                .filter(user -> names.containsKey(user.value()))
                .forEach(user -> found.put(user, names.get(user.value())));
        return found;
    }
}
