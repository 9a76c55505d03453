package dev.waypoint.issue;

/** Jira's status categories (To Do, In Progress, Done); "No category" maps to {@link #TO_DO}. */
public enum StatusCategory {
    TO_DO,
    IN_PROGRESS,
    DONE
}
