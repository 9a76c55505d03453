package dev.waypoint.preview.web;

import java.util.UUID;

/** Ids under which unexpected failures are logged and which the error page or body names. */
public final class CorrelationIds {

    private CorrelationIds() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
