package dev.waypoint.preview.sample;

import java.util.List;
import java.util.Random;

/**
 * The sample's source of variety: {@link Random} with a fixed seed, whose sequence the Java specification fixes, so
 * every run on every JVM draws the same numbers in the same order.
 */
final class SampleRandom {

    private final Random random;

    SampleRandom(long seed) {
        this.random = new Random(seed);
    }

    /** A number in {@code [from, to)}. */
    double between(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /** A whole number in {@code [from, to]}. */
    int intBetween(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Exponentially distributed with this mean. */
    double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    /** Log-normally distributed with this median and spread (sigma of the logarithm). */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** One of {@code choices}, each as likely as its weight. */
    <T> T pick(List<T> choices, List<Double> weights) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        double point = random.nextDouble() * total;
        for (int i = 0; i < choices.size(); i++) {
            point -= weights.get(i);
            if (point < 0) {
                return choices.get(i);
            }
        }
        return choices.get(choices.size() - 1);
    }
}
