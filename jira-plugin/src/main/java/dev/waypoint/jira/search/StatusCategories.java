package dev.waypoint.jira.search;

import com.atlassian.jira.issue.status.Status;
import dev.waypoint.issue.StatusCategory;

/**
 * Jira's status category of a status to Waypoint's {@link StatusCategory}, by the category's key:
 * {@code "new"} To Do, {@code "indeterminate"} In Progress, {@code "done"} Done (the constants of
 * {@code com.atlassian.jira.issue.status.category.StatusCategory}). {@code "undefined"} ("No category"), an unknown key
 * or a missing status or category count as To Do, as core's {@link StatusCategory} documents. Pure.
 */
final class StatusCategories {

    private StatusCategories() {
    }

    static StatusCategory of(Status status) {
        if (status == null || status.getStatusCategory() == null) {
            return StatusCategory.TO_DO;
        }
        String key = status.getStatusCategory().getKey();
        if (com.atlassian.jira.issue.status.category.StatusCategory.COMPLETE.equals(key)) {
            return StatusCategory.DONE;
        }
        if (com.atlassian.jira.issue.status.category.StatusCategory.IN_PROGRESS.equals(key)) {
            return StatusCategory.IN_PROGRESS;
        }
        return StatusCategory.TO_DO;
    }
}
