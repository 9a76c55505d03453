/**
 * The read models of whole pages that combine several areas (DESIGN §4): a KPI page's list (a project's KPIs or the
 * directory of every KPI) and a KPI's page (history, per-agent rows, KPI tree, aligned objectives, insights). Each
 * takes the viewer from {@code CurrentUser} through the areas' access classes, reads in a fixed number of queries and
 * returns only what the viewer may see.
 */
package dev.waypoint.app.page;
