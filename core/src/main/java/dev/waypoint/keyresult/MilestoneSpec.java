package dev.waypoint.keyresult;

/** One milestone of a checklist as raw input. {@code weight} {@code null}: 1. */
public record MilestoneSpec(String title, Double weight) {
}
