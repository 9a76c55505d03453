/**
 * Jira's issues for Waypoint: {@link dev.waypoint.jira.issue.JiraIssueDirectory} implements core's
 * {@link dev.waypoint.issue.IssueDirectory} (issue lookups as the viewer, for initiatives and the issue panel).
 */
package dev.waypoint.jira.issue;
