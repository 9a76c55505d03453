package dev.waypoint.benchmarks;

import java.io.PrintStream;

/**
 * A benchmark that counts SQL statements on real Active Objects over HSQLDB (deterministic, unlike timings), and
 * prints the figures beside a naive per-row loading of the same data, so that the ratio is visible.
 */
interface StatementBudget {

    void run(PrintStream out);
}
