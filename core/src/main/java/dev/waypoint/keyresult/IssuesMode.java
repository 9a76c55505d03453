package dev.waypoint.keyresult;

/** How an ISSUES key result turns its linked issues into progress (landscape §5.5). */
public enum IssuesMode {
    /** Done issues / all issues (done = status category Done). */
    COUNT,
    /** Story points of done issues / all story points. */
    STORY_POINTS,
    /** Time spent / (time spent + remaining estimate). */
    TIME,
    /** Mean of To Do 0, In Progress 0.5, Done 1. */
    STATUS_CATEGORY
}
