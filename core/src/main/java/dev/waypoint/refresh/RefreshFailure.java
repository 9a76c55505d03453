package dev.waypoint.refresh;

import dev.waypoint.kpi.KpiError;
import dev.waypoint.kpi.KpiErrorCode;

/**
 * Why one item of a refresh has no value, raised inside an evaluation and turned into an error value (or an error
 * status) by the evaluator that catches it. Never escapes the refresh package.
 */
final class RefreshFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient KpiError error;

    RefreshFailure(KpiErrorCode code, String detail) {
        super(code + ": " + detail, null, false, false);
        this.error = KpiError.of(code, detail);
    }

    KpiError error() {
        return error;
    }
}
