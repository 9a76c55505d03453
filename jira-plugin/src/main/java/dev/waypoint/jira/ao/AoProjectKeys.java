package dev.waypoint.jira.ao;

import dev.waypoint.shared.ProjectKey;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A set of project keys in one text column: the keys in order, separated by commas ({@code "APP,SUP"}); no keys is
 * {@code null}. Project keys hold no comma (letters, digits and underscores only).
 */
final class AoProjectKeys {

    private AoProjectKeys() {
    }

    static String join(Collection<ProjectKey> keys) {
        return keys.isEmpty() ? null
                : new TreeSet<>(keys).stream().map(ProjectKey::value).collect(Collectors.joining(","));
    }

    /** The keys of a column; a stored value that is not a key (never written by {@link #join}) is skipped. */
    static Set<ProjectKey> split(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(ProjectKey::isValid).map(ProjectKey::new)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
