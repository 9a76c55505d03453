package dev.waypoint.kpi;

import java.util.Objects;

/**
 * Why a {@link KpiValue} has no value: a code to translate and a detail (Jira's own message for a failed search, the
 * name of a missing group, ...), at most {@link #MAX_DETAIL} characters.
 *
 * @param detail may be empty, never {@code null}
 */
public record KpiError(KpiErrorCode code, String detail) {

    public static final int MAX_DETAIL = 1_000;

    public KpiError {
        Objects.requireNonNull(code, "'code' must not be null");
        Objects.requireNonNull(detail, "'detail' must not be null");
        if (detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("'detail' must be at most " + MAX_DETAIL + " characters");
        }
    }

    /** An error whose detail is cut to {@link #MAX_DETAIL} characters ({@code null} becomes empty). */
    public static KpiError of(KpiErrorCode code, String detail) {
        String text = detail == null ? "" : detail;
        return new KpiError(code, text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL - 1) + "…" : text);
    }
}
