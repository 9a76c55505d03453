package dev.waypoint.preview.pages;

import java.util.Objects;

/** The view model of a frame around one of the app's whole pages: the page's own address. */
public record AppFrame(String url) {

    public AppFrame {
        Objects.requireNonNull(url, "'url' must not be null");
    }
}
