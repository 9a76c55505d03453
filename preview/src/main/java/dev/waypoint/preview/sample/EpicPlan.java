package dev.waypoint.preview.sample;

import dev.waypoint.shared.ProjectKey;
import java.util.List;

/**
 * An epic of a product project and its stories, in days before today (negative: after today, so not reached yet):
 * created {@code createdDaysAgo}, work from {@code workFromDaysAgo} to {@code workToDaysAgo}, stories worked on one
 * after another across that span.
 *
 * @param handle           the name the OKR plan links it by
 * @param unestimated      how many of the stories (the last ones) have no story points
 * @param timeTracked      whether the stories carry time estimates (for a TIME key result)
 */
record EpicPlan(String handle, ProjectKey project, String title, int createdDaysAgo, int workFromDaysAgo,
        int workToDaysAgo, List<String> stories, int unestimated, boolean timeTracked) {

    EpicPlan {
        stories = List.copyOf(stories);
    }
}
