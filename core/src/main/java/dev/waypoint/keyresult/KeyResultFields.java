package dev.waypoint.keyresult;

import dev.waypoint.shared.UserKey;

/**
 * The user-editable fields of a key result, as raw input: any of them may be {@code null} or invalid, and
 * {@link KeyResultService} reports every problem at once.
 */
public sealed interface KeyResultFields permits CreateKeyResult, UpdateKeyResult {

    String title();

    /** Optional. */
    UserKey owner();

    /** {@code null}: 1. */
    Double weight();

    /** Optional, at most 32 characters. */
    String unit();

    MeasureSpec measure();

    /** {@code null}: MANUAL. */
    ValueSourceSpec source();
}
