package dev.waypoint.preview.basics;

import java.util.Objects;

/** The view model of {@code templates/preview/placeholder.vm}: which surface ({@code headingKey}) for what subject. */
public record PlaceholderModel(String headingKey, String subject) {

    public PlaceholderModel {
        Objects.requireNonNull(headingKey, "'headingKey' must not be null");
        Objects.requireNonNull(subject, "'subject' must not be null");
    }
}
