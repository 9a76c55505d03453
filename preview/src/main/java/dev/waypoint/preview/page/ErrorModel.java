package dev.waypoint.preview.page;

import java.util.Objects;

/**
 * The view model of {@code templates/preview/error.vm}: i18n keys of the heading and the explanation, and the
 * correlation id under which a server error was logged (null for other errors).
 */
public record ErrorModel(String headingKey, String messageKey, String correlationId) {

    public ErrorModel {
        Objects.requireNonNull(headingKey, "'headingKey' must not be null");
        Objects.requireNonNull(messageKey, "'messageKey' must not be null");
    }
}
