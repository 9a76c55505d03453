package dev.waypoint.benchmarks;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times a piece of work a number of times after a warm-up and gives the median, for the statement-count benchmarks. */
final class Medians {

    private Medians() {
    }

    static double medianMillis(int warmups, int runs, Supplier<?> work) {
        for (int i = 0; i < warmups; i++) {
            work.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }
}
