/**
 * Jira's own REST endpoints that Jira's pickers call, served by the preview over the sample data (issue 13): the user
 * picker ({@code GET /rest/api/2/user/picker}) and the issue picker ({@code GET /rest/api/2/issue/picker}), shaped as
 * Atlassian's Jira Data Center REST API reference documents them, and user avatars at Jira's
 * {@code /secure/useravatar}. The app's dialogs call exactly these endpoints in Jira.
 */
package dev.waypoint.preview.jira;
