package dev.waypoint.shared;

/**
 * The weight of a key result in its objective, or of a child objective in its parent (DESIGN §3): finite, greater than
 * 0, at most {@link #MAX}. Only the ratios between weights matter, so "weighted by size" (100,000 / 20,000 / 1,000)
 * is as valid as 1 / 1 / 1.
 */
public record Weight(double value) {

    /** The largest weight accepted: big enough for money amounts used as weights. */
    public static final double MAX = 1_000_000_000_000d;

    public static final Weight ONE = new Weight(1);

    public Weight {
        if (!isValid(value)) {
            throw new IllegalArgumentException("'value' must be finite, > 0 and <= " + MAX + ", was " + value);
        }
    }

    public static boolean isValid(double value) {
        return Double.isFinite(value) && value > 0 && value <= MAX;
    }

    @Override
    public String toString() {
        return Double.toString(value);
    }
}
