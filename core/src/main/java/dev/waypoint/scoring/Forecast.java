package dev.waypoint.scoring;

import dev.waypoint.checkin.CheckIn;
import dev.waypoint.checkin.CheckInOrigin;
import dev.waypoint.checkin.CheckInValue;
import dev.waypoint.keyresult.Measure;
import dev.waypoint.keyresult.Measure.Metric;
import dev.waypoint.keyresult.Measure.Threshold;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Forecast to the cycle end (DESIGN §3): the least-squares line through the cycle's values (at least 2 points on at
 * least 2 days) evaluated at the end, with an 80 % prediction interval from 4 points on; forecast progress uses the
 * progress formulas. Related practice: Workpath's forecast-based buckets and Great Gadgets' velocity forecasts
 * (landscape §5.7). The interval is the textbook one for a new observation of a simple linear regression:
 * {@code ŷ ± t(0.90; n-2) · s · sqrt(1 + 1/n + (x₀ - x̄)² / Sxx)}.
 */
public final class Forecast {

    /** Fewest points for a forecast. */
    public static final int MIN_POINTS = 2;
    /** Fewest points for a prediction interval. */
    public static final int MIN_POINTS_FOR_INTERVAL = 4;

    private Forecast() {
    }

    /** The forecast value at {@code at}, or empty with fewer than 2 points or all points on one day. */
    public static Optional<ValueForecast> linear(List<DataPoint> points, LocalDate at) {
        int n = points.size();
        if (n < MIN_POINTS || points.stream().map(DataPoint::date).distinct().count() < 2) {
            return Optional.empty();
        }
        // x in days relative to the forecast date, so the forecast is the line's value at x = 0
        double[] x = points.stream().mapToDouble(p -> p.date().toEpochDay() - at.toEpochDay()).toArray();
        double[] y = points.stream().mapToDouble(DataPoint::value).toArray();
        double meanX = mean(x);
        double meanY = mean(y);
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        if (n < MIN_POINTS_FOR_INTERVAL) {
            return Optional.of(new ValueForecast(at, intercept, null, null, n));
        }
        double squaredErrors = 0;
        for (int i = 0; i < n; i++) {
            double residual = y[i] - (intercept + slope * x[i]);
            squaredErrors += residual * residual;
        }
        double s = Math.sqrt(squaredErrors / (n - 2));
        double half = StudentT.quantile90(n - 2) * s * Math.sqrt(1 + 1.0 / n + meanX * meanX / sxx);
        return Optional.of(new ValueForecast(at, intercept, intercept - half, intercept + half, n));
    }

    /**
     * The forecast progress of a key result at {@code end} from its check-ins: METRIC and THRESHOLD forecast their
     * values, MILESTONE the progress of each milestone check-in, ISSUES the progress the refresh job recorded.
     */
    public static Optional<ProgressForecast> progress(Measure measure, List<CheckIn> checkIns, LocalDate end) {
        Objects.requireNonNull(measure, "'measure' must not be null");
        List<DataPoint> points = switch (measure) {
            case Metric ignored -> numericPoints(checkIns, false);
            case Threshold ignored -> numericPoints(checkIns, false);
            case Measure.Issues ignored -> numericPoints(checkIns, true);
            case Measure.Milestone milestone -> checkIns.stream()
                    .filter(c -> c.value() instanceof CheckInValue.MilestoneStates)
                    .map(c -> new DataPoint(c.effectiveDate(), KeyResultProgress.milestone(milestone,
                            ((CheckInValue.MilestoneStates) c.value()).done()).unclamped()))
                    .toList();
        };
        return linear(points, end).map(values -> toProgress(measure, values));
    }

    private static ProgressForecast toProgress(Measure measure, ValueForecast values) {
        Progress expected = progressOf(measure, values.value());
        if (!values.hasInterval()) {
            return new ProgressForecast(values, expected, null, null);
        }
        Progress atLower = progressOf(measure, values.lower());
        Progress atUpper = progressOf(measure, values.upper());
        Progress lower = atLower.unclamped() <= atUpper.unclamped() ? atLower : atUpper;
        Progress upper = lower == atLower ? atUpper : atLower;
        if (measure instanceof Threshold threshold && bandMeets(threshold, values.lower(), values.upper())) {
            upper = Progress.of(1); // the threshold score peaks inside the band, which the interval reaches
        }
        return new ProgressForecast(values, expected, lower, upper);
    }

    private static Progress progressOf(Measure measure, double value) {
        return switch (measure) {
            case Metric metric -> KeyResultProgress.metric(metric, value);
            case Threshold threshold -> KeyResultProgress.threshold(threshold, value);
            case Measure.Milestone ignored -> Progress.of(value);
            case Measure.Issues ignored -> Progress.of(value);
        };
    }

    private static boolean bandMeets(Threshold threshold, double low, double high) {
        boolean aboveMin = threshold.min() == null || high >= threshold.min();
        boolean belowMax = threshold.max() == null || low <= threshold.max();
        return aboveMin && belowMax;
    }

    private static List<DataPoint> numericPoints(List<CheckIn> checkIns, boolean refreshedOnly) {
        return checkIns.stream()
                .filter(c -> !refreshedOnly || c.origin() == CheckInOrigin.REFRESH)
                .filter(c -> c.numericValue() != null)
                .map(c -> new DataPoint(c.effectiveDate(), c.numericValue()))
                .toList();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
