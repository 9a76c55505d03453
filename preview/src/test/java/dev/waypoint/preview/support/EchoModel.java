package dev.waypoint.preview.support;

/** View model of the test page {@code templates/test/echo.vm}. */
public record EchoModel(String value) {
}
