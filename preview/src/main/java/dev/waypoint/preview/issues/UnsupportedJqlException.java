package dev.waypoint.preview.issues;

import java.util.Objects;

/** A JQL text the preview's sample search does not understand; {@link #fragment()} is the part it stopped at. */
final class UnsupportedJqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String fragment;

    UnsupportedJqlException(String fragment) {
        super("unsupported JQL: " + fragment);
        this.fragment = Objects.requireNonNull(fragment, "'fragment' must not be null");
    }

    String fragment() {
        return fragment;
    }
}
