package dev.waypoint.preview.sample;

/** What {@link SampleData#load()} wrote, for the log and the tests. */
public record SampleSummary(int issues, int kpis, int cycles, int objectives, int keyResults, int refreshRuns,
        long millis) {
}
