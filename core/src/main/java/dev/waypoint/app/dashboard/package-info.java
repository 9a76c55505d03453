/**
 * The application layer of the dashboard items (DESIGN §4 "Dashboard items"): one use case per read the items and
 * their settings need, each taking the viewer from {@code CurrentUser}, asking the access policy, reading in a fixed
 * number of queries and returning an immutable read model with only what the viewer may see.
 */
package dev.waypoint.app.dashboard;
