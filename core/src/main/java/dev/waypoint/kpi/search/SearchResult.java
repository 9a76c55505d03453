package dev.waypoint.kpi.search;

import java.util.Objects;

/**
 * The outcome of one JQL search: what it found, or Jira's reason for refusing it (a JQL error, a project the user may
 * no longer browse, a search that timed out). Searches do not throw for such failures, so that a caller cannot forget
 * to turn them into an error value.
 */
public sealed interface SearchResult<T> permits SearchResult.Found, SearchResult.Failed {

    static <T> SearchResult<T> found(T value) {
        return new Found<>(value);
    }

    static <T> SearchResult<T> failed(String message) {
        return new Failed<>(message);
    }

    record Found<T>(T value) implements SearchResult<T> {

        public Found {
            Objects.requireNonNull(value, "'value' must not be null");
        }
    }

    /** @param message Jira's message, in the words Jira uses (several joined with "; ") */
    record Failed<T>(String message) implements SearchResult<T> {

        public Failed {
            Objects.requireNonNull(message, "'message' must not be null");
        }
    }
}
